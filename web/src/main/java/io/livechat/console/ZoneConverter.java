package io.livechat.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.ZoneId;

/**
 * {@link ViewerZone} for a page's view parameter:
 * {@code <f:viewParam name="zone" value="#{bean.zone}" converter="livechat.zone"/>}. A zone it
 * does not know fails the conversion with the message {@code zone.invalid} (so the page's view
 * action does not run and the page shows the message instead of its data).
 */
@FacesConverter("livechat.zone")
public class ZoneConverter implements Converter<ZoneId> {

    @Override
    public ZoneId getAsObject(FacesContext context, UIComponent component, String value) {
        return ViewerZone.parse(value).orElseThrow(() -> new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("zone.invalid", ViewerZone.shown(value)), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ZoneId value) {
        return value == null ? "" : value.getId();
    }
}
