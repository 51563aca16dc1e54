// Draws the readiness dashboard's charts from the canvases' data-* attributes (the CSP
// forbids inline scripts). Every chart has a table beside it for screen readers.
(() => {
  if (typeof Chart === 'undefined') {
    return;
  }
  const numbers = (text) => (text || '').split(',').map((v) => (v === '' ? null : Number(v)));
  const words = (text) => (text || '').split(',').filter((v) => v !== '');
  const flat = (value, length) => Array.from({ length }, () => Number(value));

  const areaCharts = (canvas, type) => {
    const areas = words(canvas.dataset.areas);
    const values = numbers(canvas.dataset.values);
    const line = type === 'bar' ? { type: 'line', pointRadius: 0, borderDash: [6, 4], fill: false } : { fill: false, pointRadius: 0 };
    return new Chart(canvas, {
      type,
      data: {
        labels: areas,
        datasets: [
          { type, label: canvas.dataset.labelPercent, data: values, backgroundColor: 'rgba(13, 110, 253, 0.45)', borderColor: '#0d6efd' },
          Object.assign({ label: canvas.dataset.labelWbk, data: flat(canvas.dataset.wbk, areas.length), borderColor: '#b35c00' }, line),
          Object.assign({ label: canvas.dataset.labelWbbm, data: flat(canvas.dataset.wbbm, areas.length), borderColor: '#146c43' }, line),
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: type === 'bar' ? { y: { min: 0, max: 100 } } : { r: { min: 0, max: 100 } },
      },
    });
  };

  const bars = document.getElementById('chart-areas');
  if (bars) {
    areaCharts(bars, 'bar');
  }
  const radar = document.getElementById('chart-radar');
  if (radar) {
    areaCharts(radar, 'radar');
  }

  const history = document.getElementById('chart-history');
  if (history) {
    const days = words(history.dataset.days);
    const datasets = [
      { label: history.dataset.labelTotal, data: numbers(history.dataset.totals), borderColor: '#0d6efd', pointRadius: 1 },
      { label: history.dataset.labelPengungkit, data: numbers(history.dataset.pengungkit), borderColor: '#6f42c1', pointRadius: 1 },
      { label: history.dataset.labelThreshold, data: flat(history.dataset.threshold, days.length), borderColor: '#b35c00', borderDash: [6, 4], pointRadius: 0 },
    ];
    if (history.dataset.trend) {
      datasets.push({ label: history.dataset.labelTrend, data: numbers(history.dataset.trend), borderColor: '#495057', borderDash: [2, 3], pointRadius: 0 });
    }
    new Chart(history, {
      type: 'line',
      data: { labels: days, datasets },
      options: { animation: false, maintainAspectRatio: false, spanGaps: true, scales: { y: { min: 0, max: 100 } } },
    });
  }
})();
