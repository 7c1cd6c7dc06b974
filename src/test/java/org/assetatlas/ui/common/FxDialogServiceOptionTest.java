package org.assetatlas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The question with one option to tick (File ▸ Export CSV's "Include individuals' personal details"). */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceOptionTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Optional<Boolean>> ask(boolean ticked) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        CompletableFuture<Optional<Boolean>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirmWithOption("Export assets to CSV",
                "This project has 2 individuals.", "Include individuals' personal details", ticked, "Continue")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void leftAsItStartsTheOptionStaysOff(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Boolean>> answer = ask(false);
        assertFalse(robot.lookup("#dialogOption").queryAs(CheckBox.class).isSelected());
        robot.clickOn("Continue");
        assertEquals(Optional.of(false), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void tickingTheOptionIsWhatContinueReturns(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Boolean>> answer = ask(false);
        robot.clickOn("#dialogOption");
        assertTrue(robot.lookup("#dialogOption").queryAs(CheckBox.class).isSelected());
        robot.clickOn("Continue");
        assertEquals(Optional.of(true), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void cancellingAnswersNothingWhateverIsTicked(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Boolean>> answer = ask(false);
        robot.clickOn("#dialogOption");
        robot.clickOn("Cancel");
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }
}
