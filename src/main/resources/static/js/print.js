// Buttons marked data-print open the browser's print dialog (the CSP forbids inline handlers).
document.querySelectorAll('[data-print]').forEach((button) => {
  button.addEventListener('click', () => window.print());
});
