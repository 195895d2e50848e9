/** The handover report's table as CSV over the API, with the report page's filters. */
package io.livechat.report.rest;
