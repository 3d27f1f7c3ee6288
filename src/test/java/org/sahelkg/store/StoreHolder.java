package org.sahelkg.store;

import java.nio.file.Path;
import org.apache.jena.system.Txn;

/** A process that opens a store, says so, and waits to be killed (for {@link StoreIT}). */
public final class StoreHolder {
    static final String READY = "store-open";

    private StoreHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = new Store(Path.of(args[0]));
        var dsg = store.open();
        Txn.executeRead(dsg, () -> dsg.find().hasNext());
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
