/** MariaDB on its own: the raw commit rate every per-message pipeline is bounded by. */
package io.livechat.bench.database;
