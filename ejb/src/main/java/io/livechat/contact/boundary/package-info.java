/** The end users who talk to bots, known by their channel identity. */
package io.livechat.contact.boundary;
