/** JSON-P for every module: the provider looked up once. */
package io.livechat.shared.json;
