// ECharts options built from API data. Tooltips render as rich text on the canvas, never as
// HTML, so names from documents cannot become markup.

export function graphOptions(network) {
  const types = [...new Set(network.nodes.map(n => n.type || 'OTHER'))];
  return {
    animation: false,
    tooltip: {renderMode: 'richText'},
    legend: {data: types},
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: {repulsion: 220, edgeLength: 110},
      categories: types.map(t => ({name: t})),
      label: {show: true, position: 'right'},
      edgeSymbol: ['none', 'arrow'],
      data: network.nodes.map(n => ({id: n.id, name: n.name, value: n.weight,
        category: types.indexOf(n.type || 'OTHER'), symbolSize: 10 + Math.min(30, n.weight * 3)})),
      links: network.links.map(l => ({source: l.source, target: l.target, value: l.count,
        lineStyle: {type: l.kind === 'event' ? 'dashed' : 'solid', width: 1 + Math.min(5, l.count)},
        label: {show: l.kind === 'exchange', formatter: l.label, fontSize: 9},
        symbol: l.kind === 'event' ? ['none', 'none'] : ['none', 'arrow']})),
    }],
  };
}

export function timelineOptions(rows) {
  const types = [...new Set(rows.map(r => r.event.type))].sort();
  return {
    animation: false,
    tooltip: {renderMode: 'richText', formatter: (p) => p.data.tip},
    grid: {left: 130, right: 30},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: types},
    dataZoom: [{type: 'slider'}, {type: 'inside'}],
    series: [{
      type: 'scatter', symbolSize: 14,
      data: rows.map(r => ({value: [r.event.date, r.event.type],
        tip: r.event.date + ' ' + r.event.type + ': ' + r.actorNames.join(', '), document: r.document,
        at: r.event.span.start})),
    }],
  };
}
