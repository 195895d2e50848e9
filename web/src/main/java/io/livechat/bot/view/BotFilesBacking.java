package io.livechat.bot.view;

import io.livechat.console.Refusals;
import io.livechat.console.Texts;
import io.livechat.conversation.boundary.FileLimits;
import io.livechat.conversation.boundary.Files;
import io.livechat.shared.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * The Files section of a bot's page (console/admin/bot.xhtml): the largest file, in megabytes, and
 * the types the bot's conversations take, both ways. Its own bean beside {@link BotBacking}, whose
 * page it shares: the limits are the files feature's, not the bot's form.
 */
@Named
@ViewScoped
public class BotFilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Files files;

    @Inject
    @Param(name = "id")
    private Long botId;

    private BigDecimal maxMegabytes;
    private List<String> types;

    private void read() {
        if (types == null) {
            show(files.policyOf(botId));
        }
    }

    private void show(FileLimits limits) {
        maxMegabytes = BigDecimal.valueOf(limits.maxBytes()).divide(BigDecimal.valueOf(FileLimits.MB), 1, RoundingMode.DOWN);
        types = new ArrayList<>(limits.allowedTypes().stream().sorted().toList());
    }

    public void save() {
        try {
            long bytes = maxMegabytes.multiply(BigDecimal.valueOf(FileLimits.MB)).longValue();
            show(files.changePolicy(botId, bytes, new LinkedHashSet<>(types)));
            Texts.info("admin.bot.files.saved");
        } catch (BusinessException e) {
            Refusals.show("files:maxMegabytes", e);
        }
    }

    /** Every type the server can recognise, which a bot may allow. */
    public List<String> getKnownTypes() {
        return FileLimits.of(null).allowedTypes().stream().sorted().toList();
    }

    public BigDecimal getMaxMegabytes() {
        read();
        return maxMegabytes;
    }

    public void setMaxMegabytes(BigDecimal maxMegabytes) {
        this.maxMegabytes = maxMegabytes;
    }

    public List<String> getTypes() {
        read();
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }
}
