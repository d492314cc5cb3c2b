#!/usr/bin/env python3
"""Lays out a BPMN model as a business diagram: one pool named like the process, one lane per role, every flow node
on a grid cell given in docs/tools/layout/<model>.json, flows routed orthogonally, labels placed where they cover no
shape. Rewrites the model's collaboration, lane set and diagram (BPMNDiagram) and leaves the process's semantics as
they are. Usage: docs/tools/layout-model.py processes/meeting-cycle.bpmn [...]

The layout file:
  {"pool": "Mødeforløb",                        # optional, default the process's name
   "lanes": [["Lane_Members", "Forummets medlemmer", 1], ...],   # id, name, rows (top to bottom)
   "nodes": {"Task_X": ["Lane_Members", 2, 0], ...},           # lane, column, row in the lane (may be fractions)
   "boundary": {"BoundaryEvent_X": [0.25, "left"]},            # place on the host's bottom, label side
   "flows": {"Flow_X": "above"}}   # a backward flow runs above instead of below; "right": a gateway's flow to a
                                   # gateway leaves to the right and enters the target from above/below
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL'
B = '{%s}' % BPMN_NS
CAMUNDA = '{http://camunda.org/schema/1.0/bpmn}'

COL = 150          # grid column width
ROW = 140          # grid row height
POOL_X, POOL_Y = 150, 80
HEADER = 30        # the pool's and each lane's name band
FIRST_COL_X = POOL_X + 2 * HEADER + 60
LANE_TOP_PAD = 80  # from a lane's top to the centre of its first row
SUB_PAD = dict(left=30, right=30, top=55, bottom=25)  # the name sits at the top, centred

SIZES = {'task': (100, 80), 'event': (36, 36), 'gateway': (50, 50)}
TASKS = {'task', 'userTask', 'serviceTask', 'scriptTask', 'businessRuleTask', 'sendTask', 'receiveTask', 'manualTask',
         'callActivity'}
EVENTS = {'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent'}
GATEWAYS = {'exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway', 'complexGateway'}
CONTAINERS = {'subProcess', 'transaction'}


class Box:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    @property
    def cx(self):
        return self.x + self.w / 2

    @property
    def cy(self):
        return self.y + self.h / 2

    @property
    def right(self):
        return self.x + self.w

    @property
    def bottom(self):
        return self.y + self.h

    def bounds(self):
        return '<dc:Bounds x="%d" y="%d" width="%d" height="%d" />' % (round(self.x), round(self.y), round(self.w),
                                                                       round(self.h))


def kind(tag):
    if tag in TASKS:
        return 'task'
    if tag in EVENTS:
        return 'event'
    if tag in GATEWAYS:
        return 'gateway'
    if tag in CONTAINERS:
        return 'container'
    return None


def label_size(text):
    """Roughly what bpmn-js needs for an external label (11 px Arial, at most 90 px wide)."""
    words, lines, line = (text or '').split(), [], ''
    for word in words:
        candidate = (line + ' ' + word).strip()
        if len(candidate) * 7 > 90 and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    if not lines:
        return 0, 0
    return max(min(90, max(len(x) for x in lines) * 7 + 6), max(len(x) for x in lines) * 7), len(lines) * 14


class Model:
    def __init__(self, path, spec):
        self.path, self.spec = path, spec
        self.text = open(path, encoding='utf-8').read()
        root = ET.fromstring(self.text.encode('utf-8'))
        self.process = root.find(B + 'process')
        self.elements, self.parent, self.flows = {}, {}, []
        self._collect(self.process, None)

    def _collect(self, scope, parent_id):
        for child in scope:
            tag = child.tag.replace(B, '')
            if tag == 'sequenceFlow':
                self.flows.append(child)
            elif kind(tag):
                self.elements[child.get('id')] = (tag, child)
                self.parent[child.get('id')] = parent_id
                if tag in CONTAINERS:
                    self._collect(child, child.get('id'))

    def layout(self):
        lanes = self.spec['lanes']
        self.lane_top, y = {}, POOL_Y
        for lane_id, _, rows in lanes:
            self.lane_top[lane_id] = y
            y += rows * ROW + 20
        self.pool_bottom = y
        self.boxes = {}
        for node_id, (lane_id, col, row) in self.spec['nodes'].items():
            tag = self.elements[node_id][0]
            w, h = SIZES[kind(tag)]
            cx = FIRST_COL_X + col * COL + 50
            cy = self.lane_top[lane_id] + LANE_TOP_PAD + row * ROW
            self.boxes[node_id] = Box(cx - w / 2, cy - h / 2, w, h)
        missing = [i for i, (t, _) in self.elements.items()
                   if i not in self.boxes and t not in CONTAINERS and t != 'boundaryEvent']
        if missing:
            sys.exit('%s: no grid cell for %s' % (self.path, ', '.join(missing)))
        for container in self._containers_innermost_first():
            kids = [self.boxes[i] for i, p in self.parent.items() if p == container and i in self.boxes]
            # an event's label below it stays inside the sub-process
            kids += [self._event_label(i) for i, p in self.parent.items()
                     if p == container and i in self.boxes and kind(self.elements[i][0]) == 'event'
                     and self._event_label(i)]
            x0, y0 = min(b.x for b in kids), min(b.y for b in kids)
            x1, y1 = max(b.right for b in kids), max(b.bottom for b in kids)
            self.boxes[container] = Box(x0 - SUB_PAD['left'], y0 - SUB_PAD['top'],
                                        x1 - x0 + SUB_PAD['left'] + SUB_PAD['right'],
                                        y1 - y0 + SUB_PAD['top'] + SUB_PAD['bottom'])
        self.label_side = {}
        for node_id, (tag, el) in self.elements.items():
            if tag == 'boundaryEvent':
                host = self.boxes[el.get('attachedToRef')]
                frac, side = self.spec.get('boundary', {}).get(node_id, [0.5, 'right'])
                self.boxes[node_id] = Box(host.x + host.w * frac - 18, host.bottom - 18, 36, 36)
                self.label_side[node_id] = side
        self.routes = {f.get('id'): self._route(f) for f in self.flows}

    def _containers_innermost_first(self):
        def depth(i):
            d = 0
            while self.parent.get(i):
                i, d = self.parent[i], d + 1
            return d
        return sorted((i for i, (t, _) in self.elements.items() if t in CONTAINERS), key=depth, reverse=True)

    def _route(self, flow):
        s_id, t_id = flow.get('sourceRef'), flow.get('targetRef')
        s, t = self.boxes[s_id], self.boxes[t_id]
        s_kind, t_kind = kind(self.elements[s_id][0]), kind(self.elements[t_id][0])
        hint = self.spec.get('flows', {}).get(flow.get('id'))
        if self.elements[s_id][0] == 'boundaryEvent':
            if t.x <= s.cx <= t.right:
                return [(s.cx, s.bottom), (s.cx, t.y)]
            if t.cy < s.bottom:
                return [(s.cx, s.bottom), (s.cx, s.bottom + 20), (t.cx, s.bottom + 20), (t.cx, t.bottom)]
            return [(s.cx, s.bottom), (s.cx, t.cy), (t.x, t.cy)]
        if hint == 'below' and t.x >= s.right - 1:
            # forward, but under what lies between (a timer and its label)
            cy = max(s.bottom, t.bottom) + 70
            return [(s.cx, s.bottom), (s.cx, cy), (t.cx, cy), (t.cx, t.bottom)]
        if t.x >= s.right - 1 and hint not in ('above', 'below'):
            # a flow into or out of an expanded sub-process meets its side at the other end's height when it can
            if t_kind == 'container' and t.y + 30 <= s.cy <= t.bottom - 10:
                return [(s.right, s.cy), (t.x, s.cy)]
            if s_kind == 'container' and s.y + 30 <= t.cy <= s.bottom - 10:
                return [(s.right, t.cy), (t.x, t.cy)]
            if abs(s.cy - t.cy) < 1:
                return [(s.right, s.cy), (t.x, t.cy)]
            if s_kind == 'gateway' and hint == 'right' and t_kind == 'gateway':
                return [(s.right, s.cy), (t.cx, s.cy), (t.cx, t.y if t.cy > s.cy else t.bottom)]
            if s_kind == 'gateway':
                y0 = s.bottom if t.cy > s.cy else s.y
                return [(s.cx, y0), (s.cx, t.cy), (t.x, t.cy)]
            if t_kind == 'gateway':
                y1 = t.bottom if s.cy > t.cy else t.y
                return [(s.right, s.cy), (t.cx, s.cy), (t.cx, y1)]
            mx = t.x - 25
            return [(s.right, s.cy), (mx, s.cy), (mx, t.cy), (t.x, t.cy)]
        if abs(s.cx - t.cx) < 1:
            return [(s.cx, s.bottom), (t.cx, t.y)] if t.cy > s.cy else [(s.cx, s.y), (t.cx, t.bottom)]
        if hint == 'above':
            cy = min(s.y, t.y) - 25
            return [(s.cx, s.y), (s.cx, cy), (t.cx, cy), (t.cx, t.y)]
        cy = max(s.bottom, t.bottom) + 25
        return [(s.cx, s.bottom), (s.cx, cy), (t.cx, cy), (t.cx, t.bottom)]

    def _event_label(self, node_id):
        w, h = label_size(self.elements[node_id][1].get('name'))
        b = self.boxes[node_id]
        return Box(b.cx - w / 2, b.bottom + 6, w, h) if w else None

    def _label(self, node_id):
        tag, el = self.elements[node_id]
        w, h = label_size(el.get('name'))
        if not w or kind(tag) not in ('event', 'gateway'):
            return None
        b = self.boxes[node_id]
        if tag == 'boundaryEvent':
            # beside the event's lower half, clear of the host above and of the flow leaving downwards
            if self.label_side.get(node_id) == 'left':
                return Box(b.x - 3 - w, b.cy + 3, w, h)
            return Box(b.right + 3, b.cy + 3, w, h)
        if kind(tag) == 'gateway':
            uses_top = any(r[0] == (b.cx, b.y) or r[-1] == (b.cx, b.y) for r in self.routes.values())
            if not uses_top:
                return Box(b.cx - w / 2, b.y - h - 6, w, h)
        return Box(b.cx - w / 2, b.bottom + 6, w, h)

    def _flow_label(self, flow, points):
        w, h = label_size(flow.get('name'))
        if not w:
            return None
        (x0, y0), (x1, y1) = points[0], points[1]
        if abs(y0 - y1) < 1:
            return Box(x0 + 6, y0 - h - 2, w, h)
        if y1 > y0:
            return Box(x0 + 6, y0 + 4, w, h)
        return Box(x0 + 6, y0 - h - 4, w, h)

    def pool_box(self):
        right = max(b.right for b in self.boxes.values()) + 60
        return Box(POOL_X, POOL_Y, right - POOL_X, self.pool_bottom - POOL_Y)

    def lane_of(self, node_id):
        cy = self.boxes[node_id].cy
        for lane_id, _, rows in self.spec['lanes']:
            top = self.lane_top[lane_id]
            if top <= cy < top + rows * ROW + 20:
                return lane_id
        sys.exit('%s: %s lies outside every lane' % (self.path, node_id))

    def write(self):
        process_id = self.process.get('id')
        camel = ''.join(p.capitalize() for p in re.split(r'[-_]', process_id))
        pool_name = self.spec.get('pool', self.process.get('name'))
        collaboration_id, participant_id = 'Collaboration_' + camel, 'Participant_' + camel
        pool = self.pool_box()
        members = {lane_id: [] for lane_id, _, _ in self.spec['lanes']}
        for node_id in self.elements:
            members[self.lane_of(node_id)].append(node_id)

        lane_xml = ['    <bpmn:laneSet id="LaneSet_%s">' % camel]
        for lane_id, name, _ in self.spec['lanes']:
            lane_xml.append('      <bpmn:lane id="%s" name="%s">' % (lane_id, esc(name)))
            lane_xml += ['        <bpmn:flowNodeRef>%s</bpmn:flowNodeRef>' % n for n in members[lane_id]]
            lane_xml.append('      </bpmn:lane>')
        lane_xml.append('    </bpmn:laneSet>')

        di = ['  <bpmndi:BPMNDiagram id="BPMNDiagram_%s">' % camel,
              '    <bpmndi:BPMNPlane id="BPMNPlane_%s" bpmnElement="%s">' % (camel, collaboration_id),
              '      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s" isHorizontal="true">' % (participant_id, participant_id),
              '        ' + pool.bounds(), '      </bpmndi:BPMNShape>']
        for lane_id, _, rows in self.spec['lanes']:
            box = Box(POOL_X + HEADER, self.lane_top[lane_id], pool.w - HEADER, rows * ROW + 20)
            di += ['      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s" isHorizontal="true">' % (lane_id, lane_id),
                   '        ' + box.bounds(), '      </bpmndi:BPMNShape>']
        for node_id in self._draw_order():
            tag, el = self.elements[node_id]
            extra = ' isExpanded="true"' if tag in CONTAINERS else ''
            if tag == 'exclusiveGateway':
                extra = ' isMarkerVisible="true"'
            di += ['      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>' % (node_id, node_id, extra),
                   '        ' + self.boxes[node_id].bounds()]
            label = self._label(node_id)
            if label:
                di += ['        <bpmndi:BPMNLabel>', '          ' + label.bounds(), '        </bpmndi:BPMNLabel>']
            di.append('      </bpmndi:BPMNShape>')
        for flow in self.flows:
            points = self.routes[flow.get('id')]
            di.append('      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">' % (flow.get('id'), flow.get('id')))
            di += ['        <di:waypoint x="%d" y="%d" />' % (round(x), round(y)) for x, y in points]
            label = self._flow_label(flow, points)
            if label:
                di += ['        <bpmndi:BPMNLabel>', '          ' + label.bounds(), '        </bpmndi:BPMNLabel>']
            di.append('      </bpmndi:BPMNEdge>')
        di += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']

        text = self.text
        text = re.sub(r'\s*<bpmn:collaboration\b.*?</bpmn:collaboration>', '', text, flags=re.S)
        text = re.sub(r'\s*<bpmn:laneSet\b.*?</bpmn:laneSet>', '', text, flags=re.S)
        text = re.sub(r'\s*<bpmndi:BPMNDiagram\b.*?</bpmndi:BPMNDiagram>', '', text, flags=re.S)
        collaboration = ('  <bpmn:collaboration id="%s">\n    <bpmn:participant id="%s" name="%s" processRef="%s" />\n'
                         '  </bpmn:collaboration>\n') % (collaboration_id, participant_id, esc(pool_name), process_id)
        process_open = re.search(r'( *)<bpmn:process\b[^>]*>', text)
        # the lane set follows the process's documentation and extension elements (the schema's order)
        after = process_open.end()
        for tag in ('documentation', 'extensionElements'):
            block = re.compile(r'\s*<bpmn:%s\b.*?(</bpmn:%s>|/>)' % (tag, tag), re.S).match(text, after)
            if block:
                after = block.end()
        text = (text[:process_open.start()] + collaboration + text[process_open.start():after] + '\n'
                + '\n'.join(lane_xml) + text[after:])
        end = text.rindex('</bpmn:definitions>')
        text = text[:end].rstrip() + '\n' + '\n'.join(di) + '\n' + text[end:]
        open(self.path, 'w', encoding='utf-8').write(text)

    def _draw_order(self):
        """Containers before what they contain, hosts before their boundary events (as Camunda Modeler writes)."""
        order = [i for i in self.elements if self.elements[i][0] != 'boundaryEvent']
        order += [i for i in self.elements if self.elements[i][0] == 'boundaryEvent']
        return order


def esc(text):
    return text.replace('&', '&amp;').replace('"', '&quot;').replace('<', '&lt;')


def main(paths):
    here = os.path.dirname(os.path.abspath(__file__))
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(here, 'layout', name + '.json'), encoding='utf-8') as f:
            spec = json.load(f)
        model = Model(path, spec)
        model.layout()
        model.write()


if __name__ == '__main__':
    main(sys.argv[1:])
