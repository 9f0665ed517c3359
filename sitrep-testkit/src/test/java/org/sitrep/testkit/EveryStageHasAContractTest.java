package org.sitrep.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.chain.Pipelines;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.pipeline.StageContext;

/** Each step of the standard chain has its {@code <Step>ContractTest} beside it (a new stage gets one too). */
class EveryStageHasAContractTest {
    @Test
    void everyStepOfTheStandardChainRunsTheContract() {
        List<Class<?>> steps = new ArrayList<>();
        steps.add(HtmlExtractor.class);
        Pipelines.standard(StageContext.DEFAULT).stages().forEach(s -> steps.add(s.getClass()));
        assertThat(steps).hasSizeGreaterThanOrEqualTo(5);
        for (Class<?> step : steps) {
            String test = step.getName() + "ContractTest";
            assertThat(exists(test)).as("%s runs the stage contract", test).isTrue();
            assertThat(StageContractTest.class.isAssignableFrom(load(test))).as("%s extends StageContractTest", test).isTrue();
        }
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
