package io.livechat.channel.whatsapp.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Makes sure the inbound pipeline's drain loop runs, every second from start-up: it hands the
 * deliveries that are due to the pipeline's workers (those held for ordering, those no worker was
 * free for when they came, those whose attempt failed and waited out its backoff, those a stopped
 * node left). The loop itself runs on the pipeline's executor; this timer only restarts it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration") // the drain must not run before the tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundDrain {

    @Inject
    private InboundPipeline pipeline;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void watch() {
        pipeline.keepDraining();
    }
}
