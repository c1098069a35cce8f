/**
 * Who may ask what, and how much: accounts, sign-in (session, sign-in tokens for a dashboard on another origin,
 * API tokens, an OpenID Connect issuer), the per-role field policy, and the limits every GraphQL request must stay
 * within before it reaches the database.
 */
package cn.ipbridge.api.security;
