// Drag and drop plus per-file progress for the evidence upload form. Each file goes in its own
// request to the form's own endpoint (asking for JSON), so one refused file does not stop the rest.
// Without this script the form still posts every chosen file at once.
(function () {
  'use strict';
  var form = document.getElementById('evidence-upload');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var input = document.getElementById('evidence-files');
  var drop = form.querySelector('.evidence-drop');
  var list = document.getElementById('evidence-progress');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');

  function send(file) {
    var item = document.createElement('li');
    var label = document.createElement('div');
    label.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    var result = document.createElement('div');
    item.append(label, bar, result);
    list.append(item);
    var data = new FormData(form);
    data.delete('files');
    data.append('files', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      bar.value = 100;
      var answer = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (ignored) {
        answer = null;
      }
      if (Array.isArray(answer) && answer.length > 0) {
        result.textContent = answer[0].message + (answer[0].warning ? ' ' + answer[0].warning : '');
        result.className = answer[0].ok ? (answer[0].warning ? 'text-warning-emphasis' : 'text-success') : 'text-danger';
      } else {
        result.textContent = (answer && answer.detail) ? answer.detail : xhr.status + ' ' + xhr.statusText;
        result.className = 'text-danger';
      }
    });
    xhr.addEventListener('error', function () {
      result.textContent = xhr.status + ' ' + xhr.statusText;
      result.className = 'text-danger';
    });
    xhr.send(data);
  }

  function sendAll(files) {
    for (var i = 0; i < files.length; i++) {
      send(files[i]);
    }
  }

  form.addEventListener('submit', function (e) {
    if (input.files.length > 0) {
      e.preventDefault();
      sendAll(input.files);
      input.value = '';
    }
  });
  ['dragenter', 'dragover'].forEach(function (name) {
    drop.addEventListener(name, function (e) {
      e.preventDefault();
      drop.classList.add('border-primary');
    });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    drop.addEventListener(name, function () {
      drop.classList.remove('border-primary');
    });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      sendAll(e.dataTransfer.files);
    }
  });
})();
