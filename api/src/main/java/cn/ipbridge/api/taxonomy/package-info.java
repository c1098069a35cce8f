/** The classifications as GraphQL: IPC symbols with their hierarchy, Shanghai's districts and strategic industries. */
package cn.ipbridge.api.taxonomy;
