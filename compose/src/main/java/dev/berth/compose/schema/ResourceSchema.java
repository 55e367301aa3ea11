package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.byteSize;
import static dev.berth.compose.schema.Formats.countOrAll;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.atLeast;
import static dev.berth.compose.schema.Schemas.enumOf;
import static dev.berth.compose.schema.Schemas.integer;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOfStrings;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.mapOf;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;

/** What a container may use of its host: block IO, ulimits, devices and GPUs. */
final class ResourceSchema {

    private ResourceSchema() {
    }

    static Schema blkioConfig() {
        return object()
                .field("device_read_bps", list(deviceRate(byteSize())))
                .field("device_read_iops", list(deviceRate(atLeast(0))))
                .field("device_write_bps", list(deviceRate(byteSize())))
                .field("device_write_iops", list(deviceRate(atLeast(0))))
                .field("weight", integer(10, 1000))
                .field("weight_device", list(object()
                        .field("path", string())
                        .field("weight", integer(10, 1000))
                        .noExtensions()))
                .noExtensions();
    }

    private static Schema deviceRate(Schema rate) {
        return object().field("path", string()).field("rate", rate).noExtensions();
    }

    /** Limits by name (nofile, nproc…): one number for both, or soft and hard apart. */
    static Schema ulimits() {
        return mapOf("[a-z]+", "ulimit name", "use lowercase letters only", anyOf(integer(), object()
                .field("soft", integer())
                .field("hard", integer())
                .required("soft", "hard")));
    }

    /** A request for devices of a kind (GPUs, mostly): how many or which ones, never both. */
    static ObjectSchema deviceRequest() {
        return object()
                .field("capabilities", listOfStrings())
                .field("count", countOrAll())
                .field("device_ids", listOfStrings())
                .field("driver", string())
                .field("options", listOrDict())
                .exclusive("count", "device_ids");
    }

    static Schema gpus() {
        return anyOf(enumOf("all"), list(deviceRequest()));
    }
}
