/** Token formats and the keys of trusted identity providers. */
package io.livechat.auth.control;
