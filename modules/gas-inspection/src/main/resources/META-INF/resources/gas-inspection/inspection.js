/* The inspection page: the phone's camera for photos, and the position if the phone gives it. */
(function () {
  function preferCamera() {
    document.querySelectorAll('.gas-upload input[type=file]').forEach(function (input) {
      input.setAttribute('capture', 'environment');
      input.setAttribute('accept', 'image/*');
    });
  }
  function locate() {
    if (typeof window.gasLocate !== 'function' || !navigator.geolocation) {
      return;
    }
    navigator.geolocation.getCurrentPosition(function (p) {
      window.gasLocate([
        {name: 'lat', value: p.coords.latitude},
        {name: 'lng', value: p.coords.longitude},
        {name: 'acc', value: p.coords.accuracy}
      ]);
    }, function () { /* no position: the inspection goes on without one */ },
    {timeout: 15000, maximumAge: 120000});
  }
  preferCamera();
  if (window.jQuery) {
    // Ajax requests carry the page's CSP nonce, which PrimeFaces puts into the forms as the page
    // finishes loading: a position given at once (a cached one) waits for it, or it is refused.
    window.jQuery(locate);
    window.jQuery(document).on('pfAjaxComplete', preferCamera);
  } else {
    locate();
  }
})();
