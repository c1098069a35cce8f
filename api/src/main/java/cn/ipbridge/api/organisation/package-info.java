/** Universities, service institutions and funders as GraphQL, and which institution serves which firm. */
package cn.ipbridge.api.organisation;
