/** Enterprises as GraphQL: look-up by credit code, filtered and ordered pages, trademarks. */
package cn.ipbridge.api.enterprise;
