package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds the questionnaires to use: the given folder if it exists, else the ones packed in the jar. */
public final class BundledQuestionnaires {
    private static final String RESOURCE = "questionnaires";

    private BundledQuestionnaires() {
    }

    public static Catalog load(Path folder) throws InvalidQuestionnairesException {
        if (Files.isDirectory(folder)) {
            return QuestionnaireLoader.loadDirectory(folder);
        }
        return QuestionnaireLoader.loadDirectory(bundledFolder());
    }

    /** True when {@code folder} does not exist and the packed questionnaires are used instead. */
    public static boolean usesBundled(Path folder) {
        return !Files.isDirectory(folder);
    }

    static Path bundledFolder() {
        URL url = BundledQuestionnaires.class.getClassLoader().getResource(RESOURCE + "/" + QuestionnaireLoader.CONTACTS_FILE);
        if (url == null) {
            throw new IllegalStateException("no questionnaires are packed in this build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/" + RESOURCE);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the packed questionnaires: " + e.getMessage(), e);
        }
    }
}
