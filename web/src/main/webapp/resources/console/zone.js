/*
 * The viewer's time zone (ViewerZone): a console page opened without ?zone= is opened again at once
 * with the browser's IANA zone added, so that its times, filters and exports are the viewer's and a
 * copied link carries them. zone.xhtml includes this only on a first GET without the parameter.
 */
(function () {
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    var url = new URL(window.location.href);
    // ICU's Etc/Unknown (a system without a zone) names no zone: the page stays in UTC.
    if (zone && zone !== 'Etc/Unknown' && !url.searchParams.has('zone')) {
        url.searchParams.set('zone', zone);
        window.location.replace(url.toString());
    }
})();
