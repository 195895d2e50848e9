package io.livechat.export;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.primefaces.util.ResourceUtils;

/**
 * Sends an export as the answer of a JSF {@code ajax="false"} command button: the format's
 * content type, an attachment name, no caching, and PrimeFaces' download cookie (so a page's
 * {@code PrimeFaces.monitorDownload} sees the download end), then the table streamed into the
 * response. Call it from the button's action after the page has checked the caller; it completes
 * the response, so JSF renders no page after it.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Streams the table as {@code <baseName>.<extension>}. */
    public static <R> void send(Format format, String baseName, Table<R> table) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader("Content-Disposition", disposition(baseName, format));
        external.setResponseHeader("Cache-Control", "private, no-store");
        // PrimeFaces puts the cookie's attributes (secure, SameSite) into the map: it must be mutable.
        ResourceUtils.addResponseCookie(faces, ResourceUtils.getMonitorKeyCookieName(faces, null), "true", new HashMap<>());
        try {
            TableExport.write(format, table, external.getResponseOutputStream());
        } catch (IOException | RuntimeException e) {
            if (!external.isResponseCommitted()) {
                // Nothing sent yet: the page's error handling answers, not half a file named like the export.
                external.responseReset();
            }
            throw e;
        }
        faces.responseComplete();
    }

    /**
     * The {@code Content-Disposition} of an export, for the pages and the API alike: an attachment
     * named {@code <baseName>.<extension>}, in ASCII for old clients and in UTF-8 (RFC 6266) for the rest.
     */
    public static String disposition(String baseName, Format format) {
        String name = baseName + "." + format.extension();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
