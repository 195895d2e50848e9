/** The end users who talk to bots, known by their channel identity, and the notes agents keep on them. */
package io.livechat.contact.entity;
