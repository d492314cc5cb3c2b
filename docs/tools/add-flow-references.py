#!/usr/bin/env python3
"""Writes <bpmn:incoming>/<bpmn:outgoing> into every flow node of the given BPMN files, as Camunda Modeler saves
them (after documentation and extensionElements, before anything else), so that bpmnlint can judge the models.
Idempotent: a file that already has them is left as it is. Usage: docs/tools/add-flow-references.py processes/*.bpmn"""
import re
import sys
import xml.etree.ElementTree as ET

BPMN = '{http://www.omg.org/spec/BPMN/20100524/MODEL}'


def refs(root):
    incoming, outgoing = {}, {}
    for flow in root.iter(BPMN + 'sequenceFlow'):
        outgoing.setdefault(flow.get('sourceRef'), []).append(flow.get('id'))
        incoming.setdefault(flow.get('targetRef'), []).append(flow.get('id'))
    return incoming, outgoing


def skip_block(text, pos, tag):
    """Past a leading <bpmn:tag …>…</bpmn:tag> (or self-closing) at pos, whitespace included; else pos."""
    m = re.compile(r'\s*<bpmn:' + tag + r'\b[^>]*?(/?)>').match(text, pos)
    if not m:
        return pos
    if m.group(1) == '/':
        return m.end()
    return text.index('</bpmn:' + tag + '>', m.end()) + len('</bpmn:' + tag + '>')


def add(path):
    text = open(path, encoding='utf-8').read()
    if '<bpmn:incoming>' in text or '<bpmn:outgoing>' in text:
        return
    incoming, outgoing = refs(ET.fromstring(text.encode('utf-8')))
    for node in sorted(set(incoming) | set(outgoing)):
        opening = re.compile(r'( *)<bpmn:(\w+) [^>]*?\bid="' + re.escape(node) + r'"[^>]*?(/?)>')
        m = opening.search(text)
        indent, tag, closed = m.group(1), m.group(2), m.group(3) == '/'
        lines = ''.join('\n' + indent + '  <bpmn:incoming>' + f + '</bpmn:incoming>' for f in incoming.get(node, []))
        lines += ''.join('\n' + indent + '  <bpmn:outgoing>' + f + '</bpmn:outgoing>' for f in outgoing.get(node, []))
        if closed:
            head = m.group(0)[:-2].rstrip() + '>'
            text = text[:m.start()] + head + lines + '\n' + indent + '</bpmn:' + tag + '>' + text[m.end():]
        else:
            pos = skip_block(text, m.end(), 'documentation')
            pos = skip_block(text, pos, 'extensionElements')
            text = text[:pos] + lines + text[pos:]
    open(path, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    for p in sys.argv[1:]:
        add(p)
