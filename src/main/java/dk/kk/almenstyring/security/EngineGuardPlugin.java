package dk.kk.almenstyring.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EngineGuard} into the engine's command chain, after the command context is opened, and
 * {@link TaskCompletionRefusals} first, outside the transaction.
 */
@Component
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new EngineGuard());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        // outside the transaction: a collision shows only when the engine writes, after the command
        List<CommandInterceptor> outer = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        outer.add(new TaskCompletionRefusals());
        configuration.setCustomPreCommandInterceptorsTxRequired(outer);
    }
}
