'use strict';
// Below 1600 px the quote list needs the width the app sidebar takes: the sidebar starts
// closed there unless the editor has chosen (Django remembers an explicit toggle). Runs
// before the admin's deferred nav_sidebar.js, which reads the choice; the default is then
// put back so other pages keep Django's own.
(function() {
    const key = 'django.admin.navSidebarIsOpen';
    if (window.innerWidth >= 1600 || localStorage.getItem(key) !== null) {
        return;
    }
    localStorage.setItem(key, 'false');
    document.addEventListener('DOMContentLoaded', function() {
        if (localStorage.getItem(key) === 'false') {
            localStorage.removeItem(key);
        }
    });
})();
