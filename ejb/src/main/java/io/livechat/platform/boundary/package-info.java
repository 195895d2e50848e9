/** What the application needs before it serves anyone: the schema, and its readiness. */
package io.livechat.platform.boundary;
