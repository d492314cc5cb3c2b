package dk.kk.almenstyring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every model in processes/ reads as a business diagram and is saved the way Camunda Modeler saves it (issue #8):
 * lanes per role with every user task in one, static names, no hidden gateways, diagram interchange for everything,
 * the execution platform, bpmn:incoming/outgoing, and no shape or label lying on another shape.
 */
class ModelConventionsTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String MODELER = "http://camunda.org/schema/modeler/1.0";
    private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction", "adHocSubProcess");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void followsTheModelConventions(Path file) throws Exception {
        assertThat(new Check(file).findings()).as("what %s breaks", file).isEmpty();
    }

    private record Bounds(double x, double y, double w, double h) {
        boolean overlaps(Bounds o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean containsCentre(Bounds o) {
            double cx = o.x + o.w / 2;
            double cy = o.y + o.h / 2;
            return cx >= x && cx <= x + w && cy >= y && cy <= y + h;
        }
    }

    private static final class Check {
        private final List<String> findings = new ArrayList<>();
        private final Document doc;
        /** flow node id → its element; its enclosing sub-processes (a boundary event counts as inside its host). */
        private final Map<String, Element> nodes = new HashMap<>();
        private final Map<String, Set<String>> enclosing = new HashMap<>();
        private final Map<String, Element> flows = new HashMap<>();
        private final Map<String, Bounds> shapes = new HashMap<>();
        private final Map<String, Bounds> labels = new HashMap<>();
        private final Set<String> edges = new HashSet<>();

        Check(Path file) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().parse(file.toFile());
        }

        List<String> findings() {
            Element definitions = doc.getDocumentElement();
            if (!"Camunda Platform".equals(definitions.getAttributeNS(MODELER, "executionPlatform"))
                    || !"7.24.0".equals(definitions.getAttributeNS(MODELER, "executionPlatformVersion"))) {
                findings.add("modeler:executionPlatform=\"Camunda Platform\" and modeler:executionPlatformVersion=\"7.24.0\" missing");
            }
            for (Element process : children(definitions, BPMN, "process")) {
                collect(process, Set.of());
            }
            readDiagram();
            checkNamesAndFlows();
            checkLanes();
            checkOverlaps();
            return findings;
        }

        private void collect(Element scope, Set<String> outer) {
            for (Element child : children(scope, BPMN, null)) {
                String tag = child.getLocalName();
                if (tag.equals("sequenceFlow")) {
                    flows.put(child.getAttribute("id"), child);
                    enclosing.put(child.getAttribute("id"), outer);
                } else if (isFlowNode(tag)) {
                    nodes.put(child.getAttribute("id"), child);
                    enclosing.put(child.getAttribute("id"), outer);
                    if (CONTAINERS.contains(tag)) {
                        Set<String> inner = new HashSet<>(outer);
                        inner.add(child.getAttribute("id"));
                        collect(child, inner);
                    }
                }
            }
            nodes.values().stream().filter(n -> n.getLocalName().equals("boundaryEvent")).forEach(b -> {
                Set<String> inner = new HashSet<>(enclosing.getOrDefault(b.getAttribute("attachedToRef"), Set.of()));
                inner.add(b.getAttribute("attachedToRef"));
                enclosing.put(b.getAttribute("id"), inner);
            });
        }

        private void readDiagram() {
            NodeList shapeList = doc.getElementsByTagNameNS(BPMNDI, "BPMNShape");
            for (int i = 0; i < shapeList.getLength(); i++) {
                Element shape = (Element) shapeList.item(i);
                String id = shape.getAttribute("bpmnElement");
                children(shape, DC, "Bounds").stream().findFirst().ifPresent(b -> shapes.put(id, bounds(b)));
                children(shape, BPMNDI, "BPMNLabel").stream().flatMap(l -> children(l, DC, "Bounds").stream())
                        .findFirst().ifPresent(b -> labels.put(id, bounds(b)));
            }
            NodeList edgeList = doc.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
            for (int i = 0; i < edgeList.getLength(); i++) {
                Element edge = (Element) edgeList.item(i);
                edges.add(edge.getAttribute("bpmnElement"));
                children(edge, BPMNDI, "BPMNLabel").stream().flatMap(l -> children(l, DC, "Bounds").stream())
                        .findFirst().ifPresent(b -> labels.put(edge.getAttribute("bpmnElement"), bounds(b)));
            }
        }

        private void checkNamesAndFlows() {
            nodes.forEach((id, node) -> {
                String name = node.getAttribute("name");
                if (name.contains("${") || name.contains("#{")) {
                    findings.add(id + ": name with an expression ('" + name + "'); set taskSubject instead");
                }
                if (!shapes.containsKey(id)) {
                    findings.add(id + ": no diagram shape");
                }
            });
            flows.forEach((id, flow) -> {
                Element source = nodes.get(flow.getAttribute("sourceRef"));
                if (!children(flow, BPMN, "conditionExpression").isEmpty() && source != null
                        && !source.getLocalName().endsWith("Gateway")) {
                    findings.add(id + ": conditional flow out of " + source.getAttribute("id") + " (a hidden gateway)");
                }
                if (!edges.contains(id)) {
                    findings.add(id + ": no diagram edge");
                }
                if (!references(flow.getAttribute("sourceRef"), "outgoing").contains(id)) {
                    findings.add(flow.getAttribute("sourceRef") + ": bpmn:outgoing " + id + " missing");
                }
                if (!references(flow.getAttribute("targetRef"), "incoming").contains(id)) {
                    findings.add(flow.getAttribute("targetRef") + ": bpmn:incoming " + id + " missing");
                }
            });
        }

        private Set<String> references(String nodeId, String kind) {
            Set<String> ids = new HashSet<>();
            Element node = nodes.get(nodeId);
            if (node != null) {
                children(node, BPMN, kind).forEach(r -> ids.add(r.getTextContent().trim()));
            }
            return ids;
        }

        private void checkLanes() {
            List<Element> participants = new ArrayList<>();
            children(doc.getDocumentElement(), BPMN, "collaboration")
                    .forEach(c -> participants.addAll(children(c, BPMN, "participant")));
            if (participants.size() != 1) {
                findings.add("a collaboration with one participant (the pool) expected, found " + participants.size());
            }
            NodeList laneList = doc.getElementsByTagNameNS(BPMN, "lane");
            if (laneList.getLength() == 0) {
                findings.add("no lanes: who does what shows only in candidateGroups");
                return;
            }
            Map<String, String> laneOf = new HashMap<>();
            for (int i = 0; i < laneList.getLength(); i++) {
                Element lane = (Element) laneList.item(i);
                children(lane, BPMN, "flowNodeRef").forEach(r -> laneOf.put(r.getTextContent().trim(), lane.getAttribute("id")));
            }
            Map<String, String> laneOfGroups = new HashMap<>();
            nodes.forEach((id, node) -> {
                if (!node.getLocalName().equals("userTask")) {
                    return;
                }
                String lane = laneOf.get(id);
                if (lane == null || !shapes.containsKey(lane) || !shapes.containsKey(id)
                        || !shapes.get(lane).containsCentre(shapes.get(id))) {
                    findings.add(id + ": user task outside a lane");
                    return;
                }
                String groups = node.getAttributeNS("http://camunda.org/schema/1.0/bpmn", "candidateGroups");
                String earlier = laneOfGroups.putIfAbsent(groups, lane);
                if (earlier != null && !earlier.equals(lane)) {
                    findings.add(id + ": candidate groups '" + groups + "' in lane " + lane + " and in lane " + earlier);
                }
            });
        }

        private void checkOverlaps() {
            List<String> ids = new ArrayList<>(nodes.keySet());
            ids.retainAll(shapes.keySet());
            ids.sort(null);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String a = ids.get(i);
                    String b = ids.get(j);
                    if (!nested(a, b) && shapes.get(a).overlaps(shapes.get(b))) {
                        findings.add(a + " and " + b + ": shapes overlap");
                    }
                }
            }
            labels.forEach((owner, label) -> ids.stream()
                    .filter(id -> !id.equals(owner) && !enclosing.getOrDefault(owner, Set.of()).contains(id))
                    .filter(id -> !(flows.containsKey(owner) && touches(flows.get(owner), id)))
                    .filter(id -> label.overlaps(shapes.get(id)))
                    .forEach(id -> findings.add("label of " + owner + " lies on " + id)));
        }

        private static boolean isFlowNode(String tag) {
            return tag.endsWith("Task") || tag.endsWith("Event") || tag.endsWith("Gateway") || tag.equals("task")
                    || tag.equals("callActivity") || CONTAINERS.contains(tag);
        }

        /** One inside the other (a sub-process and what it holds, a host and its boundary event). */
        private boolean nested(String a, String b) {
            return enclosing.getOrDefault(a, Set.of()).contains(b) || enclosing.getOrDefault(b, Set.of()).contains(a);
        }

        private static boolean touches(Element flow, String nodeId) {
            return flow.getAttribute("sourceRef").equals(nodeId) || flow.getAttribute("targetRef").equals(nodeId);
        }

        private static Bounds bounds(Element b) {
            return new Bounds(Double.parseDouble(b.getAttribute("x")), Double.parseDouble(b.getAttribute("y")),
                    Double.parseDouble(b.getAttribute("width")), Double.parseDouble(b.getAttribute("height")));
        }

        private static List<Element> children(Element parent, String ns, String localName) {
            List<Element> result = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && ns.equals(e.getNamespaceURI())
                        && (localName == null || localName.equals(e.getLocalName()))) {
                    result.add(e);
                }
            }
            return result;
        }
    }
}
