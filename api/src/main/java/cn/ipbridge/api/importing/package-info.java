/**
 * File imports over graph-model's importer: the {@code import} command line, and for staff the GraphQL
 * {@code startImport} mutation (an uploaded file imported as a background job), {@code importJob} and
 * {@code imports}.
 */
package cn.ipbridge.api.importing;
