package io.livechat.flow.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.flow.control.FlowProblem;
import io.livechat.flow.control.FlowRepository;
import io.livechat.flow.control.FlowValidator;
import io.livechat.shared.boundary.ConflictException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Import and export of a bot's workflow. Members of the bot may read it; only admins replace it.
 * A replacement is checked completely (Bean Validation, then {@link FlowValidator}) before anything
 * is stored, and becomes the bot's next version; earlier versions are kept.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@PermitAll
public class Flows {

    private static final Logger LOG = Logger.getLogger(Flows.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private BotAccess access;

    @Inject
    private FlowRepository repository;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** The flow that runs for the bot, with its version (0 for the built-in default flow). */
    public FlowDefinition current(long botId) {
        access.visible(botId);
        return repository.active(botId);
    }

    /**
     * Stores the flow as the bot's next version. {@code expectedVersion}, when given (If-Match or
     * the document's version), must be the version that runs now, so two admins do not overwrite
     * each other unknowingly.
     */
    @RolesAllowed("ADMIN")
    public FlowDefinition replace(long botId, FlowDefinition flow, Integer expectedVersion) {
        Bot bot = access.find(botId);
        check(flow);
        em.lock(bot, LockModeType.PESSIMISTIC_WRITE); // imports of one bot take their version numbers in turn
        int running = repository.active(botId).version();
        if (expectedVersion != null && expectedVersion != running) {
            throw new ConflictException("stale-flow", "The flow of bot " + botId + " is at version " + running
                    + ", not " + expectedVersion + ": export it again and apply your change to it",
                    Map.of("currentVersion", running));
        }
        FlowDefinition stored = repository.store(bot, flow, clock.instant(), session.getCallerPrincipal().getName());
        LOG.log(Level.INFO, "Bot {0} runs flow version {1}", new Object[] {botId, stored.version()});
        return stored;
    }

    private void check(FlowDefinition flow) {
        List<FlowProblem> problems = validator.validate(flow).stream()
                .map(violation -> problemOf(flow, violation))
                .sorted(Comparator.comparing(FlowProblem::message))
                .distinct()
                .toList();
        if (problems.isEmpty()) {
            problems = FlowValidator.problems(flow);
        }
        if (!problems.isEmpty()) {
            FlowProblem first = problems.get(0);
            String detail = String.join("; ", problems.stream().map(FlowProblem::message).distinct().toList());
            throw new InvalidFlowException(first.step(), first.field(), detail);
        }
    }

    /** "steps[2].choices[0].next" becomes a problem of the third step, named by its id if it has one. */
    private static FlowProblem problemOf(FlowDefinition flow, ConstraintViolation<FlowDefinition> violation) {
        String step = FlowValidator.FLOW;
        StringBuilder field = new StringBuilder();
        boolean afterSteps = false;
        for (Path.Node node : violation.getPropertyPath()) {
            // Bean Validation puts the index of a list element on the node that follows the list's node.
            if (afterSteps && node.getIndex() != null) {
                int index = node.getIndex();
                String id = index < flow.steps().size() && flow.steps().get(index) != null
                        ? flow.steps().get(index).id() : null;
                step = id == null || id.isBlank() ? "#" + (index + 1) : id;
            }
            afterSteps = "steps".equals(node.getName()) && step.equals(FlowValidator.FLOW);
            if (node.getName() != null && !node.getName().startsWith("<") && !afterSteps) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        String name = field.isEmpty() ? "steps" : field.toString();
        String where = step.equals(FlowValidator.FLOW) ? "" : "Step '" + step + "': ";
        return new FlowProblem(step, name, where + name + " " + violation.getMessage());
    }
}
