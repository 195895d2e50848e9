/** The user behind a conversation on the API: their profile and the notes agents keep on them. */
package io.livechat.contact.rest;
