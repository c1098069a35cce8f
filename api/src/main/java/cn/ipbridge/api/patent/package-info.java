/** Patents as GraphQL: look-up in any number spelling, filtered pages, applicants, classes and citations. */
package cn.ipbridge.api.patent;
