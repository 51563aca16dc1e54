// The task board: a stale or refused move answers 409/400 with the board and a message,
// which htmx would otherwise not swap in; and drag and drop, which only submits the same
// small form a card already has (so everything also works without this file).
document.addEventListener('htmx:beforeSwap', (event) => {
  const status = event.detail.xhr.status;
  if ((status === 409 || status === 400) && event.detail.target && event.detail.target.id === 'board') {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

document.addEventListener('dragstart', (event) => {
  const card = event.target.closest && event.target.closest('.task-card[draggable="true"]');
  if (card) {
    event.dataTransfer.setData('text/plain', card.dataset.taskId);
    event.dataTransfer.effectAllowed = 'move';
  }
});

document.addEventListener('dragover', (event) => {
  const column = event.target.closest && event.target.closest('.board-column');
  if (column) {
    event.preventDefault();
    column.classList.add('board-column-over');
  }
});

document.addEventListener('dragleave', (event) => {
  const column = event.target.closest && event.target.closest('.board-column');
  if (column && !column.contains(event.relatedTarget)) {
    column.classList.remove('board-column-over');
  }
});

document.addEventListener('drop', (event) => {
  const column = event.target.closest && event.target.closest('.board-column');
  if (!column) {
    return;
  }
  event.preventDefault();
  column.classList.remove('board-column-over');
  const card = document.getElementById('card-' + event.dataTransfer.getData('text/plain'));
  const form = card && card.querySelector('form.move-form');
  if (form && form.elements.status.value !== column.dataset.status) {
    form.elements.status.value = column.dataset.status;
    form.requestSubmit();
  }
});
