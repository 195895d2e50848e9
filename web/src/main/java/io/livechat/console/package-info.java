/**
 * What every console page shares: the live push from the business tier to the people who may see a
 * bot ({@code push}), and the page furniture (template, texts) under {@code webapp/WEB-INF}.
 */
package io.livechat.console;
