/*
 * Fixes for PrimeFaces 15.0.13 widgets, loaded after PrimeFaces' own scripts (h:head's "last" facet).
 *
 * SelectOneMenu: a click on an item while the panel is still opening (its transition takes about
 * 150 ms) failed in revert(), which reads preShowValue, and PrimeFaces sets that only once the panel
 * is fully shown. The choice was then dropped without a word: a role picked quickly on the users
 * page never reached the server. The value before the panel was shown is known when it starts to
 * show, so it is taken then.
 */
(function (SelectOneMenu) {
    var show = SelectOneMenu.prototype._show;
    SelectOneMenu.prototype._show = function () {
        this.preShowValue = this.options.filter(':selected');
        return show.apply(this, arguments);
    };
})(PrimeFaces.widget.SelectOneMenu);
