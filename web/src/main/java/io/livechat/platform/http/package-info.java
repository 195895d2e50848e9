/** What every HTTP answer of this application carries, whichever feature answers it. */
package io.livechat.platform.http;
