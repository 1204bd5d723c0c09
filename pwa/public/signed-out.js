// Runs before a signed-out page paints (a classic script in its <head>, so that the page never
// shows in the wrong language): a device that holds a session goes to the app; otherwise the
// page's language is set, as src/i18n/language.ts picks it (the choice made on this device, else
// the device's first supported language, else English).
(function () {
  var languages = ['en', 'fr'];
  var stored = null;
  var signedIn = false;
  try {
    stored = localStorage.getItem('caregraph.lang');
    signedIn = localStorage.getItem('caregraph.signedIn') === '1';
  } catch (e) {
    // Storage refused (private mode): signed out, the device's language.
  }
  if (signedIn) {
    location.replace('/app/home');
    return;
  }
  var picked = languages.indexOf(stored) >= 0 ? stored : null;
  var device = navigator.languages || [navigator.language || 'en'];
  for (var i = 0; !picked && i < device.length; i++) {
    var base = String(device[i]).toLowerCase().split('-')[0];
    if (languages.indexOf(base) >= 0) picked = base;
  }
  document.documentElement.lang = picked || 'en';
})();
