/** Chinese full-text search across enterprises, patents, organisations and IPC titles. */
package cn.ipbridge.api.search;
