package io.livechat.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the WAR this build produced, exactly as the run command deploys it. */
public final class Deployments {

    private Deployments() {
    }

    /** The real application WAR, at the root context like the run command deploys it. */
    public static WebArchive application() {
        File war = new File(System.getProperty("livechat.test.war", "target/livechat.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through Maven's verify phase");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
