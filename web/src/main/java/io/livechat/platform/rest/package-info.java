/** The REST API's root. */
package io.livechat.platform.rest;
