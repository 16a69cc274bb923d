// Drives a host that speaks the Durable Functions HTTP management API with the official `durable-functions` client
// (constructed standalone, outside an Azure Functions worker, from management URL templates pointing at the host).
//
//   DURABLE_HOST_URL=http://127.0.0.1:7071 DURABLE_HOST_KEY=... DURABLE_TASK_HUB=... node drive-host.mjs
//
// Optional: DURABLE_RUN_ID (the prefix of every instance id this run creates; random by default) and
// DURABLE_WAIT_SECONDS (how long any one wait may take, 30 by default).
//
// The host must register two orchestrators (the host tests' test orchestrations do):
//   WaitForApprovalOrchestrator — waits for the "Approval" event and returns its payload;
//   GreetingOrchestrator        — returns "Hello, {input}!".
//
// Prints one JSON line per step on stdout ({"step": ..., ...what it observed}). On any mismatch it prints
// {"step": ..., "error": ...} and a message on stderr, and exits with code 1 (2 for bad arguments).

import { DurableClient } from "durable-functions/lib/src/durableClient/DurableClient.js";
import { isDeepStrictEqual } from "node:util";
import { randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";

const WaitForApproval = "WaitForApprovalOrchestrator";
const Greeting = "GreetingOrchestrator";
const ApprovalEvent = "Approval";
const InstanceIdPlaceholder = "INSTANCEID";
const ListPageSize = 2;
const PagedInstances = 5;
const PollInterval = 50;

class Mismatch extends Error {}

function requireEnv(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`drive-host: set ${name} (DURABLE_HOST_URL, DURABLE_HOST_KEY and DURABLE_TASK_HUB are required).`);
        process.exit(2);
    }
    return value;
}

const hostUrl = requireEnv("DURABLE_HOST_URL").replace(/\/+$/, "");
const key = requireEnv("DURABLE_HOST_KEY");
const taskHub = requireEnv("DURABLE_TASK_HUB");
const runId = process.env.DURABLE_RUN_ID || `node-${randomBytes(4).toString("hex")}`;
const waitMilliseconds = Number(process.env.DURABLE_WAIT_SECONDS || "30") * 1000;
const webhooks = `${hostUrl}/runtime/webhooks/durabletask`;

/**
 * The client data an Azure Functions host hands to a durable client binding, built for this host: URI templates in
 * which `managementUrls.id` stands for the instance id, `{functionName}`, `[/{instanceId}]`, `{eventName}` and
 * `{text}` for the other values.
 */
function clientData(statusQuery = "") {
    const code = `code=${encodeURIComponent(key)}`;
    const query = `taskHub=${encodeURIComponent(taskHub)}&connection=Storage&${code}`;
    const instance = `${webhooks}/instances/${InstanceIdPlaceholder}`;
    return {
        taskHubName: taskHub,
        creationUrls: {
            createNewInstancePostUri: `${webhooks}/orchestrators/{functionName}[/{instanceId}]?${code}`,
            createAndWaitOnNewInstancePostUri:
                `${webhooks}/orchestrators/{functionName}[/{instanceId}]?timeout={timeoutInSeconds}&pollingInterval={intervalInSeconds}&${code}`,
        },
        managementUrls: {
            id: InstanceIdPlaceholder,
            statusQueryGetUri: `${instance}?${query}${statusQuery}`,
            sendEventPostUri: `${instance}/raiseEvent/{eventName}?${query}`,
            terminatePostUri: `${instance}/terminate?reason={text}&${query}`,
            purgeHistoryDeleteUri: `${instance}?${query}`,
            restartPostUri: `${instance}/restart?${query}`,
            suspendPostUri: `${instance}/suspend?reason={text}&${query}`,
            resumePostUri: `${instance}/resume?reason={text}&${query}`,
        },
        baseUrl: webhooks,
        requiredQueryStringParameters: code,
    };
}

const client = new DurableClient(clientData());
// The client has no page-size option: it lists with the host's default `top` and follows x-ms-continuation-token.
// A second client whose status template carries `top` makes the pages small, so the continuation is exercised.
const pagingClient = new DurableClient(clientData(`&top=${ListPageSize}`));
const listRequests = [];
pagingClient.axiosInstance.interceptors.response.use((response) => {
    listRequests.push({
        sentToken: response.config.headers?.["x-ms-continuation-token"] ?? null,
        status: response.status,
        count: Array.isArray(response.data) ? response.data.length : null,
        nextToken: response.headers["x-ms-continuation-token"] ?? null,
    });
    return response;
});

let currentStep = "setup";

function report(step, observed) {
    console.log(JSON.stringify({ step, ...observed }));
}

function expect(condition, message) {
    if (!condition) {
        throw new Mismatch(message);
    }
}

function expectEqual(actual, expected, what) {
    expect(isDeepStrictEqual(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function waitForStatus(instanceId, statuses) {
    const deadline = performance.now() + waitMilliseconds;
    let status;
    for (;;) {
        status = await client.getStatus(instanceId);
        if (statuses.includes(status.runtimeStatus)) {
            return status;
        }
        if (performance.now() >= deadline) {
            throw new Mismatch(`${instanceId} did not reach ${statuses.join(" or ")} within ${waitMilliseconds} ms (last: ${status.runtimeStatus})`);
        }
        await delay(PollInterval);
    }
}

async function expectGone(instanceId) {
    try {
        const status = await client.getStatus(instanceId);
        throw new Mismatch(`${instanceId} should be gone after the purge, but its status is ${status.runtimeStatus}`);
    } catch (error) {
        if (error instanceof Mismatch) {
            throw error;
        }
        expect(/HTTP 404/.test(error.message), `getStatus(${instanceId}) after the purge: expected the client's 404 error, got: ${error.message}`);
        return "404";
    }
}

async function step(name, action) {
    currentStep = name;
    report(name, await action());
}

function statusSummary(status) {
    return {
        name: status.name,
        instanceId: status.instanceId,
        runtimeStatus: status.runtimeStatus,
        input: status.input,
        output: status.output,
        customStatus: status.customStatus,
        createdTime: status.createdTime.toISOString(),
        lastUpdatedTime: status.lastUpdatedTime.toISOString(),
    };
}

async function main() {
    // Created times are whole seconds: start the window one second before this run.
    const runStart = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
    const approvalId = `${runId}-approval`;
    const approvalInput = { campaign: "spring-survey", runId };
    const approvalPayload = { approved: true, by: "durable-functions client" };
    const pagedIds = Array.from({ length: PagedInstances }, (_, i) => `${runId}-page-${i + 1}`);
    const checkStatusId = `${runId}-check-status`;
    const terminateId = `${runId}-terminate`;
    const keptId = `${runId}-kept`;
    const terminateReason = "stopped by the durable-functions client";

    await step("client", async () => ({
        runId,
        taskHubName: client.taskHubName,
        statusQueryGetUri: client.createHttpManagementPayload(approvalId).statusQueryGetUri.replace(/([?&]code=)[^&]*/, "$1***"),
    }));

    await step("start", async () => {
        const id = await client.startNew(WaitForApproval, { instanceId: approvalId, input: approvalInput });
        expectEqual(id, approvalId, "startNew returned id");
        return { instanceId: id, orchestrator: WaitForApproval };
    });

    await step("get-status", async () => {
        const status = await waitForStatus(approvalId, ["Running"]);
        expectEqual(status.name, WaitForApproval, "status name");
        expectEqual(status.instanceId, approvalId, "status instanceId");
        expectEqual(status.input, approvalInput, "status input");
        expectEqual(status.output, null, "status output while running");
        expect(status.createdTime.getTime() >= runStart.getTime(), `createdTime ${status.createdTime.toISOString()} is before the run started`);
        return statusSummary(status);
    });

    await step("raise-event", async () => {
        await client.raiseEvent(approvalId, ApprovalEvent, approvalPayload);
        return { instanceId: approvalId, eventName: ApprovalEvent, eventData: approvalPayload };
    });

    await step("wait-for-completion", async () => {
        const response = await client.waitForCompletionOrCreateCheckStatusResponse(undefined, approvalId, {
            timeoutInMilliseconds: waitMilliseconds,
            retryIntervalInMilliseconds: PollInterval,
        });
        expectEqual(response.status, 200, "waitForCompletionOrCreateCheckStatusResponse status");
        const output = await response.json();
        expectEqual(output, approvalPayload, "the completed orchestration's output (the event payload)");
        const status = await client.getStatus(approvalId);
        expectEqual(status.runtimeStatus, "Completed", "runtimeStatus after the event");
        return { responseStatus: response.status, output, runtimeStatus: status.runtimeStatus };
    });

    await step("check-status-payload", async () => {
        // The host's own check-status payload (the 202 of a start) must be the client's payload for the same id.
        const response = await fetch(`${webhooks}/orchestrators/${Greeting}/${checkStatusId}?code=${encodeURIComponent(key)}`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify("check-status"),
        });
        expectEqual(response.status, 202, "start through the HTTP API");
        const hostPayload = await response.json();
        const clientPayload = client.createHttpManagementPayload(checkStatusId);
        const differences = Object.keys({ ...hostPayload, ...clientPayload }).filter((name) => hostPayload[name] !== clientPayload[name]);
        expectEqual(differences, [], "check-status payload fields that differ between the host and the client's templates");
        expectEqual(response.headers.get("location"), clientPayload.statusQueryGetUri, "Location of the start");
        await waitForStatus(checkStatusId, ["Completed"]);
        return { instanceId: checkStatusId, fields: Object.keys(hostPayload).sort(), identical: true };
    });

    await step("start-more", async () => {
        const started = [];
        for (const [i, id] of pagedIds.entries()) {
            started.push(await client.startNew(Greeting, { instanceId: id, input: `reader ${i + 1}` }));
        }
        expectEqual(started, pagedIds, "startNew returned ids");
        const outputs = [];
        for (const id of pagedIds) {
            outputs.push((await waitForStatus(id, ["Completed"])).output);
        }
        expectEqual(outputs, pagedIds.map((_, i) => `Hello, reader ${i + 1}!`), "greeting outputs");
        return { instanceIds: started, outputs };
    });

    await step("list-paged", async () => {
        listRequests.length = 0;
        const listed = await pagingClient.getStatusBy({ createdTimeFrom: runStart });
        const ids = listed.map((status) => status.instanceId);
        const mine = ids.filter((id) => id.startsWith(`${runId}-`));
        const expected = [approvalId, checkStatusId, ...pagedIds];
        expectEqual([...mine].sort(), [...expected].sort(), `this run's instances listed with top=${ListPageSize}`);
        expectEqual(new Set(ids).size, ids.length, "distinct instance ids across pages");
        expect(listRequests.length >= 2, `expected at least 2 pages with top=${ListPageSize}, got ${listRequests.length}`);
        expect(listRequests.every((page) => page.status === 200), `every page answers 200: ${JSON.stringify(listRequests)}`);
        expect(listRequests.slice(0, -1).every((page) => page.nextToken), "every page but the last names the next one");
        expect(!listRequests.at(-1).nextToken, "the last page's continuation token is empty");
        expect(listRequests.slice(1).every((page, i) => page.sentToken === listRequests[i].nextToken), "each request sends the previous page's token");
        expect(listRequests.every((page) => page.count <= ListPageSize), `no page holds more than ${ListPageSize}`);
        const completed = listed.filter((status) => mine.includes(status.instanceId)).every((status) => status.runtimeStatus === "Completed");
        expect(completed, "this run's listed instances are all Completed");
        return {
            pageSize: ListPageSize,
            pages: listRequests.length,
            pageCounts: listRequests.map((page) => page.count),
            tokensSent: listRequests.filter((page) => page.sentToken).length,
            lastTokenHeader: listRequests.at(-1).nextToken,
            total: ids.length,
            instanceIds: mine.sort(),
        };
    });

    await step("list-filtered", async () => {
        const all = await client.getStatusAll();
        const mine = all.filter((status) => status.instanceId.startsWith(`${runId}-`)).map((status) => status.instanceId).sort();
        expectEqual(mine, [approvalId, checkStatusId, ...pagedIds].sort(), "getStatusAll (default page size) lists this run's instances");
        const running = await client.getStatusBy({ createdTimeFrom: runStart, runtimeStatus: ["Running", "Pending"] });
        const runningMine = running.filter((status) => status.instanceId.startsWith(`${runId}-`));
        expectEqual(runningMine.length, 0, "Running/Pending instances of this run");
        const completed = await client.getStatusBy({ createdTimeFrom: runStart, runtimeStatus: ["Completed"] });
        const approval = completed.find((status) => status.instanceId === approvalId);
        expect(approval !== undefined, "the approval instance is listed as Completed");
        expectEqual(approval.input, null, "list input without showInput (the host's default is false)");
        return { getStatusAll: mine.length, runningOrPending: runningMine.length, completedListed: completed.length };
    });

    await step("terminate", async () => {
        // Without an input the client posts the body `""` (axios JSON-encodes its empty string): the input is "", not null.
        await client.startNew(WaitForApproval, { instanceId: terminateId });
        await waitForStatus(terminateId, ["Running"]);
        await client.terminate(terminateId, terminateReason);
        const status = await waitForStatus(terminateId, ["Terminated"]);
        expectEqual(status.output, terminateReason, "the terminated instance's output (the reason)");
        return statusSummary(status);
    });

    await step("purge-one", async () => {
        const purged = await client.purgeInstanceHistory(pagedIds[0]);
        expectEqual(purged.instancesDeleted, 1, "purgeInstanceHistory instancesDeleted");
        const afterwards = await expectGone(pagedIds[0]);
        const again = await client.purgeInstanceHistory(pagedIds[0]);
        expectEqual(again.instancesDeleted, 0, "purging it again (the client maps the host's 404 to 0)");
        return { instanceId: pagedIds[0], instancesDeleted: purged.instancesDeleted, getStatusAfterwards: afterwards, purgeAgain: again.instancesDeleted };
    });

    await step("purge-by-filter", async () => {
        await client.startNew(WaitForApproval, { instanceId: keptId });
        await waitForStatus(keptId, ["Running"]);
        const finished = [approvalId, checkStatusId, ...pagedIds.slice(1), terminateId];
        const purged = await client.purgeInstanceHistoryBy({
            createdTimeFrom: runStart,
            createdTimeTo: new Date(Date.now() + 1000),
            runtimeStatus: ["Completed", "Terminated", "Failed"],
        });
        expect(
            purged.instancesDeleted >= finished.length,
            `purgeInstanceHistoryBy deleted ${purged.instancesDeleted}, expected at least this run's ${finished.length} finished instances`);
        for (const id of finished) {
            await expectGone(id);
        }
        const kept = await client.getStatus(keptId);
        expectEqual(kept.runtimeStatus, "Running", "the running instance survives the purge");
        return { instancesDeleted: purged.instancesDeleted, purged: finished, kept: keptId, keptStatus: kept.runtimeStatus };
    });

    await step("done", async () => ({ runId, runningInstance: keptId }));
}

try {
    await main();
} catch (error) {
    const message = error instanceof Mismatch ? error.message : `${error?.name ?? "Error"}: ${error?.message ?? error}`;
    report(currentStep, { error: message });
    console.error(`drive-host: step "${currentStep}" failed: ${message}`);
    process.exitCode = 1;
}
