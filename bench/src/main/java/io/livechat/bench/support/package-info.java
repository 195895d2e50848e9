/**
 * What the measurements share: the server's API through the JDK HttpClient, its MariaDB through JDBC,
 * wrk, the server's log and process, percentiles and number formats.
 */
package io.livechat.bench.support;
