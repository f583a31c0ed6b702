// Closes the phone menu after a link is chosen. A file, not an inline handler, because the
// Content-Security-Policy refuses inline script.
document.addEventListener('click', (event) => {
  if (event.target.closest('.app-nav a, .app-nav button')) {
    const toggle = document.getElementById('nav-toggle');
    if (toggle && toggle.checked) {
      toggle.checked = false;
    }
  }
});
