import java.io.File;
import java.util.*;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.*;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.*;
import org.verapdf.pdfa.validation.profiles.*;

/** Validates a PDF with veraPDF (default PDF/UA-1) and prints every failed rule with how often it failed. */
public class Vera {
    public static void main(String[] args) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.fromString(args.length > 1 ? args[1] : "ua1");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new File(args[0]), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, true)) {
            ValidationResult result = validator.validate(parser);
            System.out.println(args[0] + " " + flavour + " compliant=" + result.isCompliant());
            Map<String, String> desc = new TreeMap<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId r = e.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(r);
                desc.put(r.getClause() + "-" + r.getTestNumber(), "x" + e.getValue() + ": " + (rule == null ? "" : rule.getDescription()));
            }
            desc.forEach((k, v) -> System.out.println("FAILED " + k + " " + v));
        }
    }
}
