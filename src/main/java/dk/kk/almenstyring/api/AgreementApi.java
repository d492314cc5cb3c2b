package dk.kk.almenstyring.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.accession.AccessionRegister;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.common.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agreement register, read-only: agreements change only through their processes. A hovedaftale shows its
 * delaftaler and enkeltaftaler beneath it.
 */
@RestController
@RequestMapping("/api/agreements")
public class AgreementApi {

    private final AgreementRegister register;
    private final AccessionRegister accessions;

    public AgreementApi(AgreementRegister register, AccessionRegister accessions) {
        this.register = register;
        this.accessions = accessions;
    }

    @GetMapping
    public List<Agreement> all() {
        return register.all();
    }

    @GetMapping("/{id}")
    public Map<String, Object> one(@PathVariable long id) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("agreement", register.find(id)
                .orElseThrow(() -> new NotFoundException("Aftalen med nummer " + id + " findes ikke.")));
        view.put("versions", register.versions(id));
        view.put("approvals", register.approvals(id));
        view.put("history", register.history(id));
        view.put("accessions", accessions.overview(id));
        view.put("beneath", tree(id));
        return view;
    }

    /** Delaftaler beneath a hovedaftale, and enkeltaftaler beneath those (or directly beneath it). */
    private List<Map<String, Object>> tree(long id) {
        return register.children(id).stream().map(child -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("agreement", child);
            node.put("beneath", tree(child.id()));
            return node;
        }).toList();
    }
}
