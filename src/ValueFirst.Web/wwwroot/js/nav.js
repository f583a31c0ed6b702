// Closes the collapsed (mobile) menu after a link is chosen. A file, not an inline handler,
// because the Content-Security-Policy refuses inline script.
document.addEventListener('click', (event) => {
  if (event.target.closest('.nav-scrollable')) {
    const toggler = document.querySelector('.navbar-toggler');
    if (toggler && toggler.checked) {
      toggler.checked = false;
    }
  }
});
