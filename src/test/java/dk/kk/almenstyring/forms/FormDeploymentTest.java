package dk.kk.almenstyring.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine deploys every form as a Camunda Form definition under its id, which is what
 * {@code camunda:formRef} with {@code camunda:formRefBinding="deployment"} looks up. A plain in-memory engine,
 * no Spring.
 */
class FormDeploymentTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:forms-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000")
                .setJobExecutorActivate(false)
                .setProcessEngineName("forms-" + UUID.randomUUID())
                .buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void deploysEveryFormUnderItsId() throws IOException {
        Map<String, Path> files = FormSchemas.files();
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("forms");
        for (Path file : files.values()) {
            try (InputStream in = Files.newInputStream(file)) {
                builder.addInputStream("forms/" + file.getFileName(), in);
            }
        }
        Deployment deployment = builder.deploy();

        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<CamundaFormDefinitionEntity> definitions = configuration.getCommandExecutorTxRequired().execute(
                context -> context.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deployment.getId()));

        assertThat(definitions).extracting(CamundaFormDefinitionEntity::getKey)
                .containsExactlyInAnyOrderElementsOf(files.keySet());
        assertThat(definitions).allSatisfy(d -> {
            assertThat(d.getResourceName()).isEqualTo("forms/" + d.getKey() + ".form");
            assertThat(d.getVersion()).isEqualTo(1);
        });
    }
}
