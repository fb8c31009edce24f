/* Draws the brief's figures from the JSON in #chart-data. Each chart element gets data-drawn="1"
   once ECharts has rendered it, so tests (and readers of the DOM) can tell a chart drew. */
(function () {
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  function tip(p) {
    return p.data && p.data.tip ? p.data.tip : p.name;
  }
  Object.keys(data).forEach(function (id) {
    var el = document.getElementById('chart-' + id);
    if (!el) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    var option = data[id];
    option.tooltip = option.tooltip || {};
    option.tooltip.formatter = tip;
    chart.on('finished', function () { el.setAttribute('data-drawn', '1'); });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
