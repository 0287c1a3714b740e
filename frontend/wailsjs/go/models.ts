export namespace cards {
	
	export class Background {
	    color: string;
	    image?: string;
	
	    static createFrom(source: any = {}) {
	        return new Background(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.color = source["color"];
	        this.image = source["image"];
	    }
	}
	export class BrandKit {
	    primaryColor: string;
	    accentColor: string;
	    textColor: string;
	    backgroundColor: string;
	    headingFont: string;
	    bodyFont: string;
	    shopHandle: string;
	    hasLogo: boolean;
	    logoMime?: string;
	    updatedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new BrandKit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.primaryColor = source["primaryColor"];
	        this.accentColor = source["accentColor"];
	        this.textColor = source["textColor"];
	        this.backgroundColor = source["backgroundColor"];
	        this.headingFont = source["headingFont"];
	        this.bodyFont = source["bodyFont"];
	        this.shopHandle = source["shopHandle"];
	        this.hasLogo = source["hasLogo"];
	        this.logoMime = source["logoMime"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Element {
	    id: string;
	    type: string;
	    x: number;
	    y: number;
	    w: number;
	    h: number;
	    z?: number;
	    text?: string;
	    font?: string;
	    sizePt?: number;
	    bold?: boolean;
	    italic?: boolean;
	    align?: string;
	    valign?: string;
	    lineHeight?: number;
	    color?: string;
	    src?: string;
	    content?: string;
	    fill?: string;
	    stroke?: string;
	    strokeMm?: number;
	    radiusMm?: number;
	
	    static createFrom(source: any = {}) {
	        return new Element(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.x = source["x"];
	        this.y = source["y"];
	        this.w = source["w"];
	        this.h = source["h"];
	        this.z = source["z"];
	        this.text = source["text"];
	        this.font = source["font"];
	        this.sizePt = source["sizePt"];
	        this.bold = source["bold"];
	        this.italic = source["italic"];
	        this.align = source["align"];
	        this.valign = source["valign"];
	        this.lineHeight = source["lineHeight"];
	        this.color = source["color"];
	        this.src = source["src"];
	        this.content = source["content"];
	        this.fill = source["fill"];
	        this.stroke = source["stroke"];
	        this.strokeMm = source["strokeMm"];
	        this.radiusMm = source["radiusMm"];
	    }
	}
	export class Side {
	    background: Background;
	    elements: Element[];
	
	    static createFrom(source: any = {}) {
	        return new Side(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.background = this.convertValues(source["background"], Background);
	        this.elements = this.convertValues(source["elements"], Element);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Size {
	    preset: string;
	    widthMm: number;
	    heightMm: number;
	    orientation: string;
	    unit: string;
	
	    static createFrom(source: any = {}) {
	        return new Size(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.preset = source["preset"];
	        this.widthMm = source["widthMm"];
	        this.heightMm = source["heightMm"];
	        this.orientation = source["orientation"];
	        this.unit = source["unit"];
	    }
	}
	export class Design {
	    schema: number;
	    name: string;
	    kind: string;
	    size: Size;
	    bleedMm: number;
	    safeMm: number;
	    front: Side;
	    back?: Side;
	
	    static createFrom(source: any = {}) {
	        return new Design(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.schema = source["schema"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.size = this.convertValues(source["size"], Size);
	        this.bleedMm = source["bleedMm"];
	        this.safeMm = source["safeMm"];
	        this.front = this.convertValues(source["front"], Side);
	        this.back = this.convertValues(source["back"], Side);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TextFinding {
	    elementId: string;
	    field: string;
	    rule: string;
	    severity: string;
	    match: string;
	    start: number;
	    end: number;
	    why: string;
	
	    static createFrom(source: any = {}) {
	        return new TextFinding(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.elementId = source["elementId"];
	        this.field = source["field"];
	        this.rule = source["rule"];
	        this.severity = source["severity"];
	        this.match = source["match"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.why = source["why"];
	    }
	}
	export class Warning {
	    code: string;
	    elementId?: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Warning(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.elementId = source["elementId"];
	        this.message = source["message"];
	    }
	}
	export class FontRef {
	    key: string;
	    family: string;
	    style: string;
	
	    static createFrom(source: any = {}) {
	        return new FontRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.family = source["family"];
	        this.style = source["style"];
	    }
	}
	export class ImageAsset {
	    mime: string;
	    data: number[];
	    widthPx: number;
	    heightPx: number;
	
	    static createFrom(source: any = {}) {
	        return new ImageAsset(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mime = source["mime"];
	        this.data = source["data"];
	        this.widthPx = source["widthPx"];
	        this.heightPx = source["heightPx"];
	    }
	}
	export class Run {
	    x: number;
	    y: number;
	    w: number;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Run(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.x = source["x"];
	        this.y = source["y"];
	        this.w = source["w"];
	        this.text = source["text"];
	    }
	}
	export class QRGrid {
	    modules: number;
	    runs: number[][];
	    content: string;
	
	    static createFrom(source: any = {}) {
	        return new QRGrid(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.modules = source["modules"];
	        this.runs = source["runs"];
	        this.content = source["content"];
	    }
	}
	export class Item {
	    kind: string;
	    elementId?: string;
	    x: number;
	    y: number;
	    w?: number;
	    h?: number;
	    x2?: number;
	    y2?: number;
	    fill?: string;
	    stroke?: string;
	    strokeMm?: number;
	    radiusMm?: number;
	    image?: string;
	    dpi?: number;
	    clip?: Rect;
	    qr?: QRGrid;
	    font?: string;
	    family?: string;
	    style?: string;
	    sizePt?: number;
	    sizeMm?: number;
	    color?: string;
	    runs?: Run[];
	
	    static createFrom(source: any = {}) {
	        return new Item(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.elementId = source["elementId"];
	        this.x = source["x"];
	        this.y = source["y"];
	        this.w = source["w"];
	        this.h = source["h"];
	        this.x2 = source["x2"];
	        this.y2 = source["y2"];
	        this.fill = source["fill"];
	        this.stroke = source["stroke"];
	        this.strokeMm = source["strokeMm"];
	        this.radiusMm = source["radiusMm"];
	        this.image = source["image"];
	        this.dpi = source["dpi"];
	        this.clip = this.convertValues(source["clip"], Rect);
	        this.qr = this.convertValues(source["qr"], QRGrid);
	        this.font = source["font"];
	        this.family = source["family"];
	        this.style = source["style"];
	        this.sizePt = source["sizePt"];
	        this.sizeMm = source["sizeMm"];
	        this.color = source["color"];
	        this.runs = this.convertValues(source["runs"], Run);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Rect {
	    x: number;
	    y: number;
	    w: number;
	    h: number;
	
	    static createFrom(source: any = {}) {
	        return new Rect(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.x = source["x"];
	        this.y = source["y"];
	        this.w = source["w"];
	        this.h = source["h"];
	    }
	}
	export class DisplayList {
	    schema: number;
	    side: string;
	    widthMm: number;
	    heightMm: number;
	    bleedMm: number;
	    safeMm: number;
	    trim: Rect;
	    bleed: Rect;
	    safe: Rect;
	    items: Item[];
	    images: Record<string, ImageAsset>;
	    fonts: FontRef[];
	    warnings: Warning[];
	    findings: TextFinding[];
	
	    static createFrom(source: any = {}) {
	        return new DisplayList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.schema = source["schema"];
	        this.side = source["side"];
	        this.widthMm = source["widthMm"];
	        this.heightMm = source["heightMm"];
	        this.bleedMm = source["bleedMm"];
	        this.safeMm = source["safeMm"];
	        this.trim = this.convertValues(source["trim"], Rect);
	        this.bleed = this.convertValues(source["bleed"], Rect);
	        this.safe = this.convertValues(source["safe"], Rect);
	        this.items = this.convertValues(source["items"], Item);
	        this.images = this.convertValues(source["images"], ImageAsset, true);
	        this.fonts = this.convertValues(source["fonts"], FontRef);
	        this.warnings = this.convertValues(source["warnings"], Warning);
	        this.findings = this.convertValues(source["findings"], TextFinding);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Field {
	    key: string;
	    label: string;
	    list?: string;
	
	    static createFrom(source: any = {}) {
	        return new Field(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.list = source["list"];
	    }
	}
	export class FontInfo {
	    family: string;
	    styles: string[];
	    bundled: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FontInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.family = source["family"];
	        this.styles = source["styles"];
	        this.bundled = source["bundled"];
	    }
	}
	
	
	
	
	
	
	
	
	export class SizePreset {
	    key: string;
	    label: string;
	    widthMm: number;
	    heightMm: number;
	    metric: boolean;
	    bleedMm: number;
	
	    static createFrom(source: any = {}) {
	        return new SizePreset(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.widthMm = source["widthMm"];
	        this.heightMm = source["heightMm"];
	        this.metric = source["metric"];
	        this.bleedMm = source["bleedMm"];
	    }
	}
	export class StarterInfo {
	    kind: string;
	    name: string;
	    description: string;
	
	    static createFrom(source: any = {}) {
	        return new StarterInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.description = source["description"];
	    }
	}
	

}

export namespace desktop {
	
	export class Credit {
	    name: string;
	    version: string;
	    licence: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Credit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.version = source["version"];
	        this.licence = source["licence"];
	        this.note = source["note"];
	    }
	}
	export class About {
	    name: string;
	    version: string;
	    buildDate: string;
	    os: string;
	    goVersion: string;
	    copyright: string;
	    fonts: Credit[];
	    libraries: Credit[];
	
	    static createFrom(source: any = {}) {
	        return new About(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.version = source["version"];
	        this.buildDate = source["buildDate"];
	        this.os = source["os"];
	        this.goVersion = source["goVersion"];
	        this.copyright = source["copyright"];
	        this.fonts = this.convertValues(source["fonts"], Credit);
	        this.libraries = this.convertValues(source["libraries"], Credit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class UpdateCheck {
	    checked: boolean;
	    latest: string;
	    url: string;
	    newer: boolean;
	
	    static createFrom(source: any = {}) {
	        return new UpdateCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.checked = source["checked"];
	        this.latest = source["latest"];
	        this.url = source["url"];
	        this.newer = source["newer"];
	    }
	}

}

export namespace domain {
	
	export class Subcategory {
	    key: string;
	    label: string;
	    proof: string[];
	
	    static createFrom(source: any = {}) {
	        return new Subcategory(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.proof = source["proof"];
	    }
	}
	export class Category {
	    key: string;
	    label: string;
	    subcategories: Subcategory[];
	
	    static createFrom(source: any = {}) {
	        return new Category(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.subcategories = this.convertValues(source["subcategories"], Subcategory);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Dispute {
	    id: number;
	    ticketId: number;
	    kind: string;
	    openedAt: number;
	    deadlineAt: number;
	    evidence: string[];
	    returnId: number;
	    outcome: string;
	    outcomeAt: number;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new Dispute(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ticketId = source["ticketId"];
	        this.kind = source["kind"];
	        this.openedAt = source["openedAt"];
	        this.deadlineAt = source["deadlineAt"];
	        this.evidence = source["evidence"];
	        this.returnId = source["returnId"];
	        this.outcome = source["outcome"];
	        this.outcomeAt = source["outcomeAt"];
	        this.notes = source["notes"];
	    }
	}
	export class DisputeKind {
	    key: string;
	    label: string;
	    evidence: string[];
	
	    static createFrom(source: any = {}) {
	        return new DisputeKind(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.evidence = source["evidence"];
	    }
	}
	export class RowError {
	    row: number;
	    column?: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new RowError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.column = source["column"];
	        this.message = source["message"];
	    }
	}
	export class ImportBatch {
	    id: number;
	    fileName: string;
	    fileSize: number;
	    sha256: string;
	    kind: string;
	    platform: string;
	    rows: number;
	    orders: number;
	    lines: number;
	    returns: number;
	    created: number;
	    updated: number;
	    unchanged: number;
	    skipped: number;
	    errors: RowError[];
	    importedAt: number;
	    undoneAt: number;
	    dateOrder: string;
	    dateReason: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportBatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.fileName = source["fileName"];
	        this.fileSize = source["fileSize"];
	        this.sha256 = source["sha256"];
	        this.kind = source["kind"];
	        this.platform = source["platform"];
	        this.rows = source["rows"];
	        this.orders = source["orders"];
	        this.lines = source["lines"];
	        this.returns = source["returns"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.unchanged = source["unchanged"];
	        this.skipped = source["skipped"];
	        this.errors = this.convertValues(source["errors"], RowError);
	        this.importedAt = source["importedAt"];
	        this.undoneAt = source["undoneAt"];
	        this.dateOrder = source["dateOrder"];
	        this.dateReason = source["dateReason"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class IncludedItem {
	    name: string;
	    quantity: number;
	
	    static createFrom(source: any = {}) {
	        return new IncludedItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.quantity = source["quantity"];
	    }
	}
	export class MessageTemplate {
	    stage: string;
	    language: string;
	    body: string;
	    fallbacks: Record<string, string>;
	    isDefault: boolean;
	    updatedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new MessageTemplate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.language = source["language"];
	        this.body = source["body"];
	        this.fallbacks = source["fallbacks"];
	        this.isDefault = source["isDefault"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Option {
	    key: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new Option(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	    }
	}
	export class Order {
	    id: number;
	    platform: string;
	    externalId: string;
	    customerId: number;
	    buyerUsername: string;
	    recipient: string;
	    statusRaw: string;
	    substatusRaw: string;
	    status: string;
	    currency: string;
	    orderAmount: number;
	    refundAmount: number;
	    shippingFee: number;
	    taxes: number;
	    createdAt: number;
	    paidAt: number;
	    rtsAt: number;
	    shippedAt: number;
	    deliveredAt: number;
	    cancelledAt: number;
	    trackingId: string;
	    carrier: string;
	    deliveryOption: string;
	    cancelReason: string;
	    cancelBy: string;
	    fulfillmentType: string;
	    buyerMessage: string;
	    sellerNote: string;
	    country: string;
	    region: string;
	
	    static createFrom(source: any = {}) {
	        return new Order(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.platform = source["platform"];
	        this.externalId = source["externalId"];
	        this.customerId = source["customerId"];
	        this.buyerUsername = source["buyerUsername"];
	        this.recipient = source["recipient"];
	        this.statusRaw = source["statusRaw"];
	        this.substatusRaw = source["substatusRaw"];
	        this.status = source["status"];
	        this.currency = source["currency"];
	        this.orderAmount = source["orderAmount"];
	        this.refundAmount = source["refundAmount"];
	        this.shippingFee = source["shippingFee"];
	        this.taxes = source["taxes"];
	        this.createdAt = source["createdAt"];
	        this.paidAt = source["paidAt"];
	        this.rtsAt = source["rtsAt"];
	        this.shippedAt = source["shippedAt"];
	        this.deliveredAt = source["deliveredAt"];
	        this.cancelledAt = source["cancelledAt"];
	        this.trackingId = source["trackingId"];
	        this.carrier = source["carrier"];
	        this.deliveryOption = source["deliveryOption"];
	        this.cancelReason = source["cancelReason"];
	        this.cancelBy = source["cancelBy"];
	        this.fulfillmentType = source["fulfillmentType"];
	        this.buyerMessage = source["buyerMessage"];
	        this.sellerNote = source["sellerNote"];
	        this.country = source["country"];
	        this.region = source["region"];
	    }
	}
	export class OrderLine {
	    id: number;
	    orderId: number;
	    lineNo: number;
	    productKey: string;
	    skuId: string;
	    sellerSku: string;
	    productName: string;
	    variation: string;
	    category: string;
	    quantity: number;
	    returnQuantity: number;
	    unitPrice: number;
	    subtotalBefore: number;
	    subtotalAfter: number;
	
	    static createFrom(source: any = {}) {
	        return new OrderLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.orderId = source["orderId"];
	        this.lineNo = source["lineNo"];
	        this.productKey = source["productKey"];
	        this.skuId = source["skuId"];
	        this.sellerSku = source["sellerSku"];
	        this.productName = source["productName"];
	        this.variation = source["variation"];
	        this.category = source["category"];
	        this.quantity = source["quantity"];
	        this.returnQuantity = source["returnQuantity"];
	        this.unitPrice = source["unitPrice"];
	        this.subtotalBefore = source["subtotalBefore"];
	        this.subtotalAfter = source["subtotalAfter"];
	    }
	}
	export class ProductContent {
	    productKey: string;
	    setupSteps: string[];
	    commonIssue: string;
	    commonFixes: string[];
	    reviewDelayDays: number;
	    usageCycleDays: number;
	    replenishment: boolean;
	    reviewTips: string;
	    includedItems: IncludedItem[];
	    careTips: string[];
	    updatedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new ProductContent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productKey = source["productKey"];
	        this.setupSteps = source["setupSteps"];
	        this.commonIssue = source["commonIssue"];
	        this.commonFixes = source["commonFixes"];
	        this.reviewDelayDays = source["reviewDelayDays"];
	        this.usageCycleDays = source["usageCycleDays"];
	        this.replenishment = source["replenishment"];
	        this.reviewTips = source["reviewTips"];
	        this.includedItems = this.convertValues(source["includedItems"], IncludedItem);
	        this.careTips = source["careTips"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PublicComment {
	    id: number;
	    video: string;
	    author: string;
	    body: string;
	    postedAt: number;
	    negative: boolean;
	    subcategory: string;
	    sku: string;
	    hidden: boolean;
	    reported: boolean;
	    reply: string;
	    repliedAt: number;
	    ticketId: number;
	
	    static createFrom(source: any = {}) {
	        return new PublicComment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.video = source["video"];
	        this.author = source["author"];
	        this.body = source["body"];
	        this.postedAt = source["postedAt"];
	        this.negative = source["negative"];
	        this.subcategory = source["subcategory"];
	        this.sku = source["sku"];
	        this.hidden = source["hidden"];
	        this.reported = source["reported"];
	        this.reply = source["reply"];
	        this.repliedAt = source["repliedAt"];
	        this.ticketId = source["ticketId"];
	    }
	}
	export class ReturnLine {
	    id: number;
	    platform: string;
	    externalId: string;
	    orderExternalId: string;
	    orderId: number;
	    productKey: string;
	    skuId: string;
	    sellerSku: string;
	    productName: string;
	    returnType: string;
	    reason: string;
	    statusRaw: string;
	    substatusRaw: string;
	    countsAsRefund: boolean;
	    currency: string;
	    refundAmount: number;
	    quantity: number;
	    requestedAt: number;
	    refundedAt: number;
	    trackingId: string;
	    buyerNote: string;
	
	    static createFrom(source: any = {}) {
	        return new ReturnLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.platform = source["platform"];
	        this.externalId = source["externalId"];
	        this.orderExternalId = source["orderExternalId"];
	        this.orderId = source["orderId"];
	        this.productKey = source["productKey"];
	        this.skuId = source["skuId"];
	        this.sellerSku = source["sellerSku"];
	        this.productName = source["productName"];
	        this.returnType = source["returnType"];
	        this.reason = source["reason"];
	        this.statusRaw = source["statusRaw"];
	        this.substatusRaw = source["substatusRaw"];
	        this.countsAsRefund = source["countsAsRefund"];
	        this.currency = source["currency"];
	        this.refundAmount = source["refundAmount"];
	        this.quantity = source["quantity"];
	        this.requestedAt = source["requestedAt"];
	        this.refundedAt = source["refundedAt"];
	        this.trackingId = source["trackingId"];
	        this.buyerNote = source["buyerNote"];
	    }
	}
	export class Review {
	    id: number;
	    orderExternalId: string;
	    orderId: number;
	    sku: string;
	    rating: number;
	    body: string;
	    wordCount: number;
	    postedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new Review(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.orderExternalId = source["orderExternalId"];
	        this.orderId = source["orderId"];
	        this.sku = source["sku"];
	        this.rating = source["rating"];
	        this.body = source["body"];
	        this.wordCount = source["wordCount"];
	        this.postedAt = source["postedAt"];
	    }
	}
	
	export class SavedReply {
	    id: number;
	    title: string;
	    category: string;
	    subcategory: string;
	    body: string;
	    fallbacks: Record<string, string>;
	    shortcut: string;
	
	    static createFrom(source: any = {}) {
	        return new SavedReply(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.body = source["body"];
	        this.fallbacks = source["fallbacks"];
	        this.shortcut = source["shortcut"];
	    }
	}
	export class Settings {
	    shopName: string;
	    timeZone: string;
	    currency: string;
	    processingDays: number;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.shopName = source["shopName"];
	        this.timeZone = source["timeZone"];
	        this.currency = source["currency"];
	        this.processingDays = source["processingDays"];
	    }
	}
	
	export class SupportSettings {
	    ackHours: number;
	    use24h: boolean;
	    disputeDays: number;
	    workWeek: number[];
	    allowedResolutions: string[];
	
	    static createFrom(source: any = {}) {
	        return new SupportSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ackHours = source["ackHours"];
	        this.use24h = source["use24h"];
	        this.disputeDays = source["disputeDays"];
	        this.workWeek = source["workWeek"];
	        this.allowedResolutions = source["allowedResolutions"];
	    }
	}
	export class TeamMember {
	    id: number;
	    name: string;
	    role: string;
	
	    static createFrom(source: any = {}) {
	        return new TeamMember(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	    }
	}
	export class TicketEvent {
	    id: number;
	    ticketId: number;
	    kind: string;
	    at: number;
	    teammateId: number;
	    body: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketEvent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ticketId = source["ticketId"];
	        this.kind = source["kind"];
	        this.at = source["at"];
	        this.teammateId = source["teammateId"];
	        this.body = source["body"];
	    }
	}
	export class TicketFlow {
	    proofRequestedAt: number;
	    proofReceived: string[];
	    answers: Record<string, string>;
	    confirmedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketFlow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.proofRequestedAt = source["proofRequestedAt"];
	        this.proofReceived = source["proofReceived"];
	        this.answers = source["answers"];
	        this.confirmedAt = source["confirmedAt"];
	    }
	}
	export class TimelineAction {
	    orderId: number;
	    stage: string;
	    action: string;
	    at: number;
	    teammateId: number;
	    reason: string;
	    snoozedUntil: number;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new TimelineAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orderId = source["orderId"];
	        this.stage = source["stage"];
	        this.action = source["action"];
	        this.at = source["at"];
	        this.teammateId = source["teammateId"];
	        this.reason = source["reason"];
	        this.snoozedUntil = source["snoozedUntil"];
	        this.text = source["text"];
	    }
	}
	export class TimelineSettings {
	    shippingTrigger: string;
	    checkInDays: number;
	    defaultReviewDelayDays: number;
	    reviewWindowDays: number;
	    replenishmentPercent: number;
	    replenishmentWindowDays: number;
	    staleDays: number;
	    overdueHours: number;
	    shipWeekdays: number[];
	    chatLimit: number;
	    linkAllowList: string[];
	    language: string;
	
	    static createFrom(source: any = {}) {
	        return new TimelineSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.shippingTrigger = source["shippingTrigger"];
	        this.checkInDays = source["checkInDays"];
	        this.defaultReviewDelayDays = source["defaultReviewDelayDays"];
	        this.reviewWindowDays = source["reviewWindowDays"];
	        this.replenishmentPercent = source["replenishmentPercent"];
	        this.replenishmentWindowDays = source["replenishmentWindowDays"];
	        this.staleDays = source["staleDays"];
	        this.overdueHours = source["overdueHours"];
	        this.shipWeekdays = source["shipWeekdays"];
	        this.chatLimit = source["chatLimit"];
	        this.linkAllowList = source["linkAllowList"];
	        this.language = source["language"];
	    }
	}
	export class VocEntry {
	    id: number;
	    title: string;
	    category: string;
	    subcategory: string;
	    rootCause: string;
	    rootCauseDetail: string;
	    skus: string[];
	    fix: string;
	    fixKind: string;
	    fixCardId: number;
	    fixReference: string;
	    owner: string;
	    ownerTeammateId: number;
	    fixShippedOn: string;
	    status: string;
	    notes: string;
	    createdAt: number;
	    updatedAt: number;
	    deletedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new VocEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.rootCause = source["rootCause"];
	        this.rootCauseDetail = source["rootCauseDetail"];
	        this.skus = source["skus"];
	        this.fix = source["fix"];
	        this.fixKind = source["fixKind"];
	        this.fixCardId = source["fixCardId"];
	        this.fixReference = source["fixReference"];
	        this.owner = source["owner"];
	        this.ownerTeammateId = source["ownerTeammateId"];
	        this.fixShippedOn = source["fixShippedOn"];
	        this.status = source["status"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	    }
	}

}

export namespace health {
	
	export class Definition {
	    key: string;
	    windowDays: number;
	    compare: string;
	    target: number;
	
	    static createFrom(source: any = {}) {
	        return new Definition(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.windowDays = source["windowDays"];
	        this.compare = source["compare"];
	        this.target = source["target"];
	    }
	}
	export class Row {
	    kind: string;
	    id: number;
	    orderId: number;
	    orderExternalId: string;
	    bad: boolean;
	    sku: string;
	    reason: string;
	    fault: string;
	    faultSource: string;
	    rating: number;
	    reviewedAt: number;
	    requestedAt: number;
	    paidAt: number;
	    deadline: number;
	    rtsAt: number;
	    shippedAt: number;
	    deliveredAt: number;
	    cancelledAt: number;
	    cancelBy: string;
	    carrier: string;
	    paidWeekday: string;
	    openedAt: number;
	    firstResponseAt: number;
	    teammate: string;
	
	    static createFrom(source: any = {}) {
	        return new Row(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.orderId = source["orderId"];
	        this.orderExternalId = source["orderExternalId"];
	        this.bad = source["bad"];
	        this.sku = source["sku"];
	        this.reason = source["reason"];
	        this.fault = source["fault"];
	        this.faultSource = source["faultSource"];
	        this.rating = source["rating"];
	        this.reviewedAt = source["reviewedAt"];
	        this.requestedAt = source["requestedAt"];
	        this.paidAt = source["paidAt"];
	        this.deadline = source["deadline"];
	        this.rtsAt = source["rtsAt"];
	        this.shippedAt = source["shippedAt"];
	        this.deliveredAt = source["deliveredAt"];
	        this.cancelledAt = source["cancelledAt"];
	        this.cancelBy = source["cancelBy"];
	        this.carrier = source["carrier"];
	        this.paidWeekday = source["paidWeekday"];
	        this.openedAt = source["openedAt"];
	        this.firstResponseAt = source["firstResponseAt"];
	        this.teammate = source["teammate"];
	    }
	}
	export class RecordRef {
	    kind: string;
	    id: number;
	
	    static createFrom(source: any = {}) {
	        return new RecordRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	    }
	}
	export class Lever {
	    metric: string;
	    kind: string;
	    text: string;
	    sku: string;
	    reason: string;
	    weekday: string;
	    carrier: string;
	    teammate: string;
	    count: number;
	    of: number;
	    share: number;
	    records: RecordRef[];
	    rows: Row[];
	    rate?: number;
	    rateIfFixed?: number;
	    vocEntryId: number;
	    vocTitle: string;
	
	    static createFrom(source: any = {}) {
	        return new Lever(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.sku = source["sku"];
	        this.reason = source["reason"];
	        this.weekday = source["weekday"];
	        this.carrier = source["carrier"];
	        this.teammate = source["teammate"];
	        this.count = source["count"];
	        this.of = source["of"];
	        this.share = source["share"];
	        this.records = this.convertValues(source["records"], RecordRef);
	        this.rows = this.convertValues(source["rows"], Row);
	        this.rate = source["rate"];
	        this.rateIfFixed = source["rateIfFixed"];
	        this.vocEntryId = source["vocEntryId"];
	        this.vocTitle = source["vocTitle"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Metric {
	    key: string;
	    numerator: number;
	    denominator: number;
	    rate?: number;
	    windowDays: number;
	    target: number;
	    compare: string;
	    confidence: string;
	    status: string;
	    inferred: string;
	
	    static createFrom(source: any = {}) {
	        return new Metric(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.numerator = source["numerator"];
	        this.denominator = source["denominator"];
	        this.rate = source["rate"];
	        this.windowDays = source["windowDays"];
	        this.target = source["target"];
	        this.compare = source["compare"];
	        this.confidence = source["confidence"];
	        this.status = source["status"];
	        this.inferred = source["inferred"];
	    }
	}
	export class Point {
	    asOf: string;
	    numerator: number;
	    denominator: number;
	    rate?: number;
	
	    static createFrom(source: any = {}) {
	        return new Point(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.asOf = source["asOf"];
	        this.numerator = source["numerator"];
	        this.denominator = source["denominator"];
	        this.rate = source["rate"];
	    }
	}
	export class ReasonChoice {
	    key: string;
	    reason: string;
	    count: number;
	    fault: string;
	    source: string;
	
	    static createFrom(source: any = {}) {
	        return new ReasonChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.reason = source["reason"];
	        this.count = source["count"];
	        this.fault = source["fault"];
	        this.source = source["source"];
	    }
	}
	
	export class Trend {
	    key: string;
	    points: Point[];
	
	    static createFrom(source: any = {}) {
	        return new Trend(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.points = this.convertValues(source["points"], Point);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Report {
	    asOf: string;
	    deliveryDays: number;
	    metrics: Metric[];
	    trends: Trend[];
	    levers: Lever[];
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.asOf = source["asOf"];
	        this.deliveryDays = source["deliveryDays"];
	        this.metrics = this.convertValues(source["metrics"], Metric);
	        this.trends = this.convertValues(source["trends"], Trend);
	        this.levers = this.convertValues(source["levers"], Lever);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Settings {
	    targets: Record<string, number>;
	    deliveryDays: number;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.targets = source["targets"];
	        this.deliveryDays = source["deliveryDays"];
	    }
	}

}

export namespace importer {
	
	export class UndoResult {
	    batchId: number;
	    deleted: number;
	    restored: number;
	
	    static createFrom(source: any = {}) {
	        return new UndoResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.batchId = source["batchId"];
	        this.deleted = source["deleted"];
	        this.restored = source["restored"];
	    }
	}

}

export namespace imports {
	
	export class DateSample {
	    raw: string;
	    row: number;
	    column: string;
	    dayFirst: string;
	    monthFirst: string;
	
	    static createFrom(source: any = {}) {
	        return new DateSample(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.raw = source["raw"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.dayFirst = source["dayFirst"];
	        this.monthFirst = source["monthFirst"];
	    }
	}
	export class FieldMapping {
	    field: string;
	    label: string;
	    header: string;
	    required: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FieldMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.label = source["label"];
	        this.header = source["header"];
	        this.required = source["required"];
	    }
	}
	export class Preview {
	    path: string;
	    fileName: string;
	    fileSize: number;
	    kind: string;
	    detectedKind: string;
	    kindReason: string;
	    kinds: string[];
	    platform: string;
	    headers: string[];
	    mapping: FieldMapping[];
	    mappingRemembered: boolean;
	    needsMapping: boolean;
	    dateOrder: string;
	    dateOrderReason: string;
	    dateOrderAsk: boolean;
	    dateSample?: DateSample;
	    rows: number;
	    sampleRows: string[][];
	    sampleRowNumbers: number[];
	    descriptionRow: boolean;
	    warnings: string[];
	    alreadyImported?: domain.ImportBatch;
	    currency: string;
	    errorRows: number;
	    errors: domain.RowError[];
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.fileName = source["fileName"];
	        this.fileSize = source["fileSize"];
	        this.kind = source["kind"];
	        this.detectedKind = source["detectedKind"];
	        this.kindReason = source["kindReason"];
	        this.kinds = source["kinds"];
	        this.platform = source["platform"];
	        this.headers = source["headers"];
	        this.mapping = this.convertValues(source["mapping"], FieldMapping);
	        this.mappingRemembered = source["mappingRemembered"];
	        this.needsMapping = source["needsMapping"];
	        this.dateOrder = source["dateOrder"];
	        this.dateOrderReason = source["dateOrderReason"];
	        this.dateOrderAsk = source["dateOrderAsk"];
	        this.dateSample = this.convertValues(source["dateSample"], DateSample);
	        this.rows = source["rows"];
	        this.sampleRows = source["sampleRows"];
	        this.sampleRowNumbers = source["sampleRowNumbers"];
	        this.descriptionRow = source["descriptionRow"];
	        this.warnings = source["warnings"];
	        this.alreadyImported = this.convertValues(source["alreadyImported"], domain.ImportBatch);
	        this.currency = source["currency"];
	        this.errorRows = source["errorRows"];
	        this.errors = this.convertValues(source["errors"], domain.RowError);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RecordCounts {
	    noun: string;
	    created: number;
	    updated: number;
	    unchanged: number;
	    lines: number;
	
	    static createFrom(source: any = {}) {
	        return new RecordCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.noun = source["noun"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.unchanged = source["unchanged"];
	        this.lines = source["lines"];
	    }
	}
	export class Result {
	    batchId: number;
	    kind: string;
	    kindReason: string;
	    platform: string;
	    fileName: string;
	    rows: number;
	    created: number;
	    updated: number;
	    unchanged: number;
	    skipped: number;
	    errors: domain.RowError[];
	    dateOrder?: string;
	    dateReason?: string;
	    records: RecordCounts;
	    unknownValues: string[];
	    erasedAgain: number;
	    dryRun: boolean;
	    duplicate: boolean;
	    importedAt: number;
	    seconds: number;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.batchId = source["batchId"];
	        this.kind = source["kind"];
	        this.kindReason = source["kindReason"];
	        this.platform = source["platform"];
	        this.fileName = source["fileName"];
	        this.rows = source["rows"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.unchanged = source["unchanged"];
	        this.skipped = source["skipped"];
	        this.errors = this.convertValues(source["errors"], domain.RowError);
	        this.dateOrder = source["dateOrder"];
	        this.dateReason = source["dateReason"];
	        this.records = this.convertValues(source["records"], RecordCounts);
	        this.unknownValues = source["unknownValues"];
	        this.erasedAgain = source["erasedAgain"];
	        this.dryRun = source["dryRun"];
	        this.duplicate = source["duplicate"];
	        this.importedAt = source["importedAt"];
	        this.seconds = source["seconds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace policy {
	
	export class Finding {
	    rule: string;
	    severity: string;
	    match: string;
	    start: number;
	    end: number;
	    why: string;
	
	    static createFrom(source: any = {}) {
	        return new Finding(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rule = source["rule"];
	        this.severity = source["severity"];
	        this.match = source["match"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.why = source["why"];
	    }
	}

}

export namespace scorecard {
	
	export class Definition {
	    key: string;
	    group: string;
	    label: string;
	    unit: string;
	    direction: string;
	    target?: number;
	    source: string;
	    definition: string;
	
	    static createFrom(source: any = {}) {
	        return new Definition(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.group = source["group"];
	        this.label = source["label"];
	        this.unit = source["unit"];
	        this.direction = source["direction"];
	        this.target = source["target"];
	        this.source = source["source"];
	        this.definition = source["definition"];
	    }
	}
	export class DrillRequest {
	    week: string;
	    metric: string;
	    sku: string;
	    filter: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new DrillRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.metric = source["metric"];
	        this.sku = source["sku"];
	        this.filter = source["filter"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class DrillResult {
	    kind: string;
	    week: string;
	    metric: string;
	    total: number;
	    offset: number;
	    lines: store.DrillLine[];
	    tickets: store.DrillTicket[];
	    reviews: domain.Review[];
	    comments: domain.PublicComment[];
	    buyers: store.DrillBuyer[];
	
	    static createFrom(source: any = {}) {
	        return new DrillResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.week = source["week"];
	        this.metric = source["metric"];
	        this.total = source["total"];
	        this.offset = source["offset"];
	        this.lines = this.convertValues(source["lines"], store.DrillLine);
	        this.tickets = this.convertValues(source["tickets"], store.DrillTicket);
	        this.reviews = this.convertValues(source["reviews"], domain.Review);
	        this.comments = this.convertValues(source["comments"], domain.PublicComment);
	        this.buyers = this.convertValues(source["buyers"], store.DrillBuyer);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FirstResponse {
	    opened: number;
	    answered: number;
	    unanswered: number;
	    medianHours?: number;
	    p90Hours?: number;
	    within12h?: number;
	    within24h?: number;
	
	    static createFrom(source: any = {}) {
	        return new FirstResponse(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.opened = source["opened"];
	        this.answered = source["answered"];
	        this.unanswered = source["unanswered"];
	        this.medianHours = source["medianHours"];
	        this.p90Hours = source["p90Hours"];
	        this.within12h = source["within12h"];
	        this.within24h = source["within24h"];
	    }
	}
	export class HealthRow {
	    Label: string;
	    WindowDays: number;
	    Numerator: number;
	    Denominator: number;
	    Rate?: number;
	    Target: string;
	    Good?: boolean;
	    Confidence: string;
	
	    static createFrom(source: any = {}) {
	        return new HealthRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.Label = source["Label"];
	        this.WindowDays = source["WindowDays"];
	        this.Numerator = source["Numerator"];
	        this.Denominator = source["Denominator"];
	        this.Rate = source["Rate"];
	        this.Target = source["Target"];
	        this.Good = source["Good"];
	        this.Confidence = source["Confidence"];
	    }
	}
	export class HealthSheet {
	    AsOf: string;
	    Rows: HealthRow[];
	
	    static createFrom(source: any = {}) {
	        return new HealthSheet(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.AsOf = source["AsOf"];
	        this.Rows = this.convertValues(source["Rows"], HealthRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Hint {
	    metric: string;
	    kind: string;
	    text: string;
	    sku: string;
	    subcategory: string;
	    count: number;
	    of: number;
	    drill?: DrillRequest;
	
	    static createFrom(source: any = {}) {
	        return new Hint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.metric = source["metric"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.sku = source["sku"];
	        this.subcategory = source["subcategory"];
	        this.count = source["count"];
	        this.of = source["of"];
	        this.drill = this.convertValues(source["drill"], DrillRequest);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Repeat {
	    cohortBuyers: number;
	    d30?: number;
	    d60?: number;
	    d90?: number;
	    matureOn: number[];
	
	    static createFrom(source: any = {}) {
	        return new Repeat(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cohortBuyers = source["cohortBuyers"];
	        this.d30 = source["d30"];
	        this.d60 = source["d60"];
	        this.d90 = source["d90"];
	        this.matureOn = source["matureOn"];
	    }
	}
	export class ReviewStats {
	    count: number;
	    avgRating?: number;
	    avgWords?: number;
	    share11Words?: number;
	
	    static createFrom(source: any = {}) {
	        return new ReviewStats(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.count = source["count"];
	        this.avgRating = source["avgRating"];
	        this.avgWords = source["avgWords"];
	        this.share11Words = source["share11Words"];
	    }
	}
	export class SKURefund {
	    sku: string;
	    eligibleLines: number;
	    refundedLines: number;
	    rate?: number;
	    units: number;
	
	    static createFrom(source: any = {}) {
	        return new SKURefund(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.sku = source["sku"];
	        this.eligibleLines = source["eligibleLines"];
	        this.refundedLines = source["refundedLines"];
	        this.rate = source["rate"];
	        this.units = source["units"];
	    }
	}
	export class Money {
	    amountMinor: number;
	    currency: string;
	    otherCurrencyLines: number;
	
	    static createFrom(source: any = {}) {
	        return new Money(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.amountMinor = source["amountMinor"];
	        this.currency = source["currency"];
	        this.otherCurrencyLines = source["otherCurrencyLines"];
	    }
	}
	export class Metrics {
	    week: string;
	    start: number;
	    end: number;
	    orders: number;
	    units: number;
	    revenue: Money;
	    eligibleLines: number;
	    refundedLines: number;
	    refundRate?: number;
	    refundBySku: SKURefund[];
	    firstResponse: FirstResponse;
	    missingPartsTickets: number;
	    reviews: ReviewStats;
	    repeat: Repeat;
	    comments: number;
	    negativeComments: number;
	    negativeCommentRate?: number;
	
	    static createFrom(source: any = {}) {
	        return new Metrics(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.orders = source["orders"];
	        this.units = source["units"];
	        this.revenue = this.convertValues(source["revenue"], Money);
	        this.eligibleLines = source["eligibleLines"];
	        this.refundedLines = source["refundedLines"];
	        this.refundRate = source["refundRate"];
	        this.refundBySku = this.convertValues(source["refundBySku"], SKURefund);
	        this.firstResponse = this.convertValues(source["firstResponse"], FirstResponse);
	        this.missingPartsTickets = source["missingPartsTickets"];
	        this.reviews = this.convertValues(source["reviews"], ReviewStats);
	        this.repeat = this.convertValues(source["repeat"], Repeat);
	        this.comments = source["comments"];
	        this.negativeComments = source["negativeComments"];
	        this.negativeCommentRate = source["negativeCommentRate"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Range {
	    default: string;
	    current: string;
	    weeks: string[];
	    newestOrderAt: number;
	    behind: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Range(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.default = source["default"];
	        this.current = source["current"];
	        this.weeks = source["weeks"];
	        this.newestOrderAt = source["newestOrderAt"];
	        this.behind = source["behind"];
	    }
	}
	
	
	
	export class SKURow {
	    sku: string;
	    name: string;
	    eligibleLines: number;
	    refundedLines: number;
	    rate?: number;
	    previousEligible: number;
	    previousRefunded: number;
	    previousRate?: number;
	    change?: number;
	
	    static createFrom(source: any = {}) {
	        return new SKURow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.sku = source["sku"];
	        this.name = source["name"];
	        this.eligibleLines = source["eligibleLines"];
	        this.refundedLines = source["refundedLines"];
	        this.rate = source["rate"];
	        this.previousEligible = source["previousEligible"];
	        this.previousRefunded = source["previousRefunded"];
	        this.previousRate = source["previousRate"];
	        this.change = source["change"];
	    }
	}
	export class Target {
	    key: string;
	    target?: number;
	    direction: string;
	
	    static createFrom(source: any = {}) {
	        return new Target(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.target = source["target"];
	        this.direction = source["direction"];
	    }
	}
	export class Tile {
	    key: string;
	    group: string;
	    label: string;
	    unit: string;
	    direction: string;
	    value?: number;
	    previous?: number;
	    change?: number;
	    target?: number;
	    status: string;
	    trend: string;
	    spark: number[];
	    empty: string;
	    notMature: boolean;
	    matureOn: number;
	
	    static createFrom(source: any = {}) {
	        return new Tile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.group = source["group"];
	        this.label = source["label"];
	        this.unit = source["unit"];
	        this.direction = source["direction"];
	        this.value = source["value"];
	        this.previous = source["previous"];
	        this.change = source["change"];
	        this.target = source["target"];
	        this.status = source["status"];
	        this.trend = source["trend"];
	        this.spark = source["spark"];
	        this.empty = source["empty"];
	        this.notMature = source["notMature"];
	        this.matureOn = source["matureOn"];
	    }
	}
	export class TrendSeries {
	    key: string;
	    values: number[];
	
	    static createFrom(source: any = {}) {
	        return new TrendSeries(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.values = source["values"];
	    }
	}
	export class Trend {
	    weeks: string[];
	    starts: number[];
	    series: TrendSeries[];
	
	    static createFrom(source: any = {}) {
	        return new Trend(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weeks = source["weeks"];
	        this.starts = source["starts"];
	        this.series = this.convertValues(source["series"], TrendSeries);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class View {
	    week: string;
	    label: string;
	    timeZone: string;
	    shopName: string;
	    currency: string;
	    currencyDecimals: number;
	    newestOrderAt: number;
	    sources: store.DataSources;
	    metrics: Metrics;
	    previous: Metrics;
	    tiles: Tile[];
	    trend: Trend;
	    refundBySku: SKURow[];
	    hints: Hint[];
	
	    static createFrom(source: any = {}) {
	        return new View(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = source["week"];
	        this.label = source["label"];
	        this.timeZone = source["timeZone"];
	        this.shopName = source["shopName"];
	        this.currency = source["currency"];
	        this.currencyDecimals = source["currencyDecimals"];
	        this.newestOrderAt = source["newestOrderAt"];
	        this.sources = this.convertValues(source["sources"], store.DataSources);
	        this.metrics = this.convertValues(source["metrics"], Metrics);
	        this.previous = this.convertValues(source["previous"], Metrics);
	        this.tiles = this.convertValues(source["tiles"], Tile);
	        this.trend = this.convertValues(source["trend"], Trend);
	        this.refundBySku = this.convertValues(source["refundBySku"], SKURow);
	        this.hints = this.convertValues(source["hints"], Hint);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace service {
	
	export class AppStatus {
	    version: string;
	    databasePath: string;
	    orders: number;
	    returns: number;
	    importBatches: number;
	    hasData: boolean;
	    systemTimeZone: string;
	    shopName: string;
	
	    static createFrom(source: any = {}) {
	        return new AppStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.databasePath = source["databasePath"];
	        this.orders = source["orders"];
	        this.returns = source["returns"];
	        this.importBatches = source["importBatches"];
	        this.hasData = source["hasData"];
	        this.systemTimeZone = source["systemTimeZone"];
	        this.shopName = source["shopName"];
	    }
	}
	export class Attention {
	    waiting: number;
	    breached: number;
	
	    static createFrom(source: any = {}) {
	        return new Attention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.waiting = source["waiting"];
	        this.breached = source["breached"];
	    }
	}
	export class BackupList {
	    folder: string;
	    databasePath: string;
	    secondFolder: string;
	    syncedBy: string;
	    backups: store.Backup[];
	
	    static createFrom(source: any = {}) {
	        return new BackupList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folder = source["folder"];
	        this.databasePath = source["databasePath"];
	        this.secondFolder = source["secondFolder"];
	        this.syncedBy = source["syncedBy"];
	        this.backups = this.convertValues(source["backups"], store.Backup);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BulkResult {
	    changed: number;
	    undoToken: string;
	
	    static createFrom(source: any = {}) {
	        return new BulkResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.changed = source["changed"];
	        this.undoToken = source["undoToken"];
	    }
	}
	export class CardSKUCount {
	    key: string;
	    qty: number;
	
	    static createFrom(source: any = {}) {
	        return new CardSKUCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.qty = source["qty"];
	    }
	}
	export class CardExportRequest {
	    designId: number;
	    skus: CardSKUCount[];
	    layout: string;
	    cropMarks: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CardExportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.designId = source["designId"];
	        this.skus = this.convertValues(source["skus"], CardSKUCount);
	        this.layout = source["layout"];
	        this.cropMarks = source["cropMarks"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CardExportResult {
	    path: string;
	    pages: number;
	    cards: number;
	    perSheet: number;
	    sheet: string;
	    duplex: string;
	    warnings: cards.Warning[];
	
	    static createFrom(source: any = {}) {
	        return new CardExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.pages = source["pages"];
	        this.cards = source["cards"];
	        this.perSheet = source["perSheet"];
	        this.sheet = source["sheet"];
	        this.duplex = source["duplex"];
	        this.warnings = this.convertValues(source["warnings"], cards.Warning);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class EmptyCardTag {
	    field: string;
	    label: string;
	    where: string;
	
	    static createFrom(source: any = {}) {
	        return new EmptyCardTag(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.label = source["label"];
	        this.where = source["where"];
	    }
	}
	export class CardFieldGap {
	    key: string;
	    name: string;
	    empty: EmptyCardTag[];
	
	    static createFrom(source: any = {}) {
	        return new CardFieldGap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.empty = this.convertValues(source["empty"], EmptyCardTag);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class CardSummary {
	    id: number;
	    name: string;
	    kind: string;
	    size: string;
	    updatedAt: number;
	    hasThumbnail: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CardSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.size = source["size"];
	        this.updatedAt = source["updatedAt"];
	        this.hasThumbnail = source["hasThumbnail"];
	    }
	}
	export class CardView {
	    id: number;
	    design: cards.Design;
	    updatedAt: number;
	    deletedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new CardView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.design = this.convertValues(source["design"], cards.Design);
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CommentDraft {
	    text: string;
	    findings: policy.Finding[];
	
	    static createFrom(source: any = {}) {
	        return new CommentDraft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.findings = this.convertValues(source["findings"], policy.Finding);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CommentFilter {
	    negativeOnly: boolean;
	    open: boolean;
	    subcategory: string;
	    search: string;
	
	    static createFrom(source: any = {}) {
	        return new CommentFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.negativeOnly = source["negativeOnly"];
	        this.open = source["open"];
	        this.subcategory = source["subcategory"];
	        this.search = source["search"];
	    }
	}
	export class TicketRow {
	    id: number;
	    externalId: string;
	    orderId: number;
	    orderExternalId: string;
	    channel: string;
	    category: string;
	    subcategory: string;
	    status: string;
	    buyerText: string;
	    assigneeId: number;
	    openedAt: number;
	    firstResponseAt: number;
	    closedAt: number;
	    rootCause: string;
	    resolution: string;
	    flaggedMissingRootCause: boolean;
	    sku: string;
	    tags: string[];
	    flow: domain.TicketFlow;
	    createdAt: number;
	    updatedAt: number;
	    timers: support.ResponseTimers;
	
	    static createFrom(source: any = {}) {
	        return new TicketRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.externalId = source["externalId"];
	        this.orderId = source["orderId"];
	        this.orderExternalId = source["orderExternalId"];
	        this.channel = source["channel"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.status = source["status"];
	        this.buyerText = source["buyerText"];
	        this.assigneeId = source["assigneeId"];
	        this.openedAt = source["openedAt"];
	        this.firstResponseAt = source["firstResponseAt"];
	        this.closedAt = source["closedAt"];
	        this.rootCause = source["rootCause"];
	        this.resolution = source["resolution"];
	        this.flaggedMissingRootCause = source["flaggedMissingRootCause"];
	        this.sku = source["sku"];
	        this.tags = source["tags"];
	        this.flow = this.convertValues(source["flow"], domain.TicketFlow);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.timers = this.convertValues(source["timers"], support.ResponseTimers);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CopiedReply {
	    text: string;
	    findings: policy.Finding[];
	    event: domain.TicketEvent;
	    ticket: TicketRow;
	
	    static createFrom(source: any = {}) {
	        return new CopiedReply(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.findings = this.convertValues(source["findings"], policy.Finding);
	        this.event = this.convertValues(source["event"], domain.TicketEvent);
	        this.ticket = this.convertValues(source["ticket"], TicketRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CopyReplyRequest {
	    ticketId: number;
	    body: string;
	    teammateId: number;
	    fallbacks: Record<string, string>;
	    inputs: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new CopyReplyRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.body = source["body"];
	        this.teammateId = source["teammateId"];
	        this.fallbacks = source["fallbacks"];
	        this.inputs = source["inputs"];
	    }
	}
	export class DemoResult {
	    shopName: string;
	    orders: number;
	    lines: number;
	    returns: number;
	    tickets: number;
	    reviews: number;
	    comments: number;
	
	    static createFrom(source: any = {}) {
	        return new DemoResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.shopName = source["shopName"];
	        this.orders = source["orders"];
	        this.lines = source["lines"];
	        this.returns = source["returns"];
	        this.tickets = source["tickets"];
	        this.reviews = source["reviews"];
	        this.comments = source["comments"];
	    }
	}
	export class DiagnosticsCopied {
	    chars: number;
	    logLines: number;
	
	    static createFrom(source: any = {}) {
	        return new DiagnosticsCopied(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.chars = source["chars"];
	        this.logLines = source["logLines"];
	    }
	}
	export class DisputeChoices {
	    kinds: domain.DisputeKind[];
	    evidenceLabels: Record<string, string>;
	    outcomes: domain.Option[];
	
	    static createFrom(source: any = {}) {
	        return new DisputeChoices(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kinds = this.convertValues(source["kinds"], domain.DisputeKind);
	        this.evidenceLabels = source["evidenceLabels"];
	        this.outcomes = this.convertValues(source["outcomes"], domain.Option);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DisputeListRow {
	    id: number;
	    ticketId: number;
	    kind: string;
	    openedAt: number;
	    deadlineAt: number;
	    evidence: string[];
	    returnId: number;
	    outcome: string;
	    outcomeAt: number;
	    notes: string;
	    orderExternalId: string;
	    buyerText: string;
	    sku: string;
	    status: string;
	    countdown: support.Countdown;
	
	    static createFrom(source: any = {}) {
	        return new DisputeListRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ticketId = source["ticketId"];
	        this.kind = source["kind"];
	        this.openedAt = source["openedAt"];
	        this.deadlineAt = source["deadlineAt"];
	        this.evidence = source["evidence"];
	        this.returnId = source["returnId"];
	        this.outcome = source["outcome"];
	        this.outcomeAt = source["outcomeAt"];
	        this.notes = source["notes"];
	        this.orderExternalId = source["orderExternalId"];
	        this.buyerText = source["buyerText"];
	        this.sku = source["sku"];
	        this.status = source["status"];
	        this.countdown = this.convertValues(source["countdown"], support.Countdown);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DisputeView {
	    id: number;
	    ticketId: number;
	    kind: string;
	    openedAt: number;
	    deadlineAt: number;
	    evidence: string[];
	    returnId: number;
	    outcome: string;
	    outcomeAt: number;
	    notes: string;
	    countdown: support.Countdown;
	    needed: string[];
	    return?: domain.ReturnLine;
	
	    static createFrom(source: any = {}) {
	        return new DisputeView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ticketId = source["ticketId"];
	        this.kind = source["kind"];
	        this.openedAt = source["openedAt"];
	        this.deadlineAt = source["deadlineAt"];
	        this.evidence = source["evidence"];
	        this.returnId = source["returnId"];
	        this.outcome = source["outcome"];
	        this.outcomeAt = source["outcomeAt"];
	        this.notes = source["notes"];
	        this.countdown = this.convertValues(source["countdown"], support.Countdown);
	        this.needed = source["needed"];
	        this.return = this.convertValues(source["return"], domain.ReturnLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Health {
	    checked: boolean;
	    ok: boolean;
	    message: string;
	    newest: store.Backup;
	    made: boolean;
	    notice: string;
	
	    static createFrom(source: any = {}) {
	        return new Health(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.checked = source["checked"];
	        this.ok = source["ok"];
	        this.message = source["message"];
	        this.newest = this.convertValues(source["newest"], store.Backup);
	        this.made = source["made"];
	        this.notice = source["notice"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportOptions {
	    kind: string;
	    platform: string;
	    mapping: Record<string, string>;
	    dateOrder: string;
	    rememberMapping: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ImportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.platform = source["platform"];
	        this.mapping = source["mapping"];
	        this.dateOrder = source["dateOrder"];
	        this.rememberMapping = source["rememberMapping"];
	    }
	}
	export class InboxPage {
	    total: number;
	    offset: number;
	    rows: TicketRow[];
	
	    static createFrom(source: any = {}) {
	        return new InboxPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.offset = source["offset"];
	        this.rows = this.convertValues(source["rows"], TicketRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NewTicket {
	    channel: string;
	    orderExternalId: string;
	    buyerText: string;
	    category: string;
	    subcategory: string;
	    assigneeId: number;
	    sku: string;
	    tags: string[];
	    openedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new NewTicket(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.channel = source["channel"];
	        this.orderExternalId = source["orderExternalId"];
	        this.buyerText = source["buyerText"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.assigneeId = source["assigneeId"];
	        this.sku = source["sku"];
	        this.tags = source["tags"];
	        this.openedAt = source["openedAt"];
	    }
	}
	export class OrderDates {
	    oldest: string;
	    newest: string;
	    newestAt: number;
	
	    static createFrom(source: any = {}) {
	        return new OrderDates(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.oldest = source["oldest"];
	        this.newest = source["newest"];
	        this.newestAt = source["newestAt"];
	    }
	}
	export class OrderFilter {
	    search: string;
	    statuses: string[];
	    fromDay: string;
	    toDay: string;
	    offset: number;
	    limit: number;
	    oldest: boolean;
	    sort: string;
	
	    static createFrom(source: any = {}) {
	        return new OrderFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.statuses = source["statuses"];
	        this.fromDay = source["fromDay"];
	        this.toDay = source["toDay"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	        this.oldest = source["oldest"];
	        this.sort = source["sort"];
	    }
	}
	export class StageView {
	    stage: string;
	    label: string;
	    state: string;
	    applicable: boolean;
	    triggerAt: number;
	    expiresAt: number;
	    overdue: boolean;
	    marketing: boolean;
	    action?: domain.TimelineAction;
	    note: string;
	    text: string;
	    findings: policy.Finding[];
	    unfilled: string[];
	    blocked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new StageView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.label = source["label"];
	        this.state = source["state"];
	        this.applicable = source["applicable"];
	        this.triggerAt = source["triggerAt"];
	        this.expiresAt = source["expiresAt"];
	        this.overdue = source["overdue"];
	        this.marketing = source["marketing"];
	        this.action = this.convertValues(source["action"], domain.TimelineAction);
	        this.note = source["note"];
	        this.text = source["text"];
	        this.findings = this.convertValues(source["findings"], policy.Finding);
	        this.unfilled = source["unfilled"];
	        this.blocked = source["blocked"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OrderTimeline {
	    orderId: number;
	    externalOrderId: string;
	    stages: StageView[];
	
	    static createFrom(source: any = {}) {
	        return new OrderTimeline(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orderId = source["orderId"];
	        this.externalOrderId = source["externalOrderId"];
	        this.stages = this.convertValues(source["stages"], StageView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class QueueFilter {
	    stage: string;
	    search: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new QueueFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.search = source["search"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class QueueItem {
	    orderId: number;
	    externalOrderId: string;
	    buyer: string;
	    itemsSummary: string;
	    stage: string;
	    stageLabel: string;
	    state: string;
	    dueAt: number;
	    expiresAt: number;
	    overdue: boolean;
	    marketing: boolean;
	    action?: domain.TimelineAction;
	    returnState: string;
	    text: string;
	    findings: policy.Finding[];
	    unfilled: string[];
	    blocked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new QueueItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orderId = source["orderId"];
	        this.externalOrderId = source["externalOrderId"];
	        this.buyer = source["buyer"];
	        this.itemsSummary = source["itemsSummary"];
	        this.stage = source["stage"];
	        this.stageLabel = source["stageLabel"];
	        this.state = source["state"];
	        this.dueAt = source["dueAt"];
	        this.expiresAt = source["expiresAt"];
	        this.overdue = source["overdue"];
	        this.marketing = source["marketing"];
	        this.action = this.convertValues(source["action"], domain.TimelineAction);
	        this.returnState = source["returnState"];
	        this.text = source["text"];
	        this.findings = this.convertValues(source["findings"], policy.Finding);
	        this.unfilled = source["unfilled"];
	        this.blocked = source["blocked"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class QueuePage {
	    tab: string;
	    total: number;
	    offset: number;
	    counts: Record<string, number>;
	    items: QueueItem[];
	
	    static createFrom(source: any = {}) {
	        return new QueuePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tab = source["tab"];
	        this.total = source["total"];
	        this.offset = source["offset"];
	        this.counts = source["counts"];
	        this.items = this.convertValues(source["items"], QueueItem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ScorecardExport {
	    path: string;
	    week: string;
	
	    static createFrom(source: any = {}) {
	        return new ScorecardExport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.week = source["week"];
	    }
	}
	export class StageRef {
	    orderId: number;
	    stage: string;
	
	    static createFrom(source: any = {}) {
	        return new StageRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orderId = source["orderId"];
	        this.stage = source["stage"];
	    }
	}
	export class SkipBeforeResult {
	    skipped: number;
	    cutoff: string;
	    cutoffAt: number;
	    refs: StageRef[];
	
	    static createFrom(source: any = {}) {
	        return new SkipBeforeResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.skipped = source["skipped"];
	        this.cutoff = source["cutoff"];
	        this.cutoffAt = source["cutoffAt"];
	        this.refs = this.convertValues(source["refs"], StageRef);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StageCounts {
	    due: number;
	    overdue: number;
	    byStage: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new StageCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.due = source["due"];
	        this.overdue = source["overdue"];
	        this.byStage = source["byStage"];
	    }
	}
	
	
	export class SupportTaxonomy {
	    categories: domain.Category[];
	    rootCauses: domain.Option[];
	    resolutions: domain.Option[];
	
	    static createFrom(source: any = {}) {
	        return new SupportTaxonomy(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.categories = this.convertValues(source["categories"], domain.Category);
	        this.rootCauses = this.convertValues(source["rootCauses"], domain.Option);
	        this.resolutions = this.convertValues(source["resolutions"], domain.Option);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TemplatePreview {
	    orderId: number;
	    externalOrderId: string;
	    text: string;
	    findings: policy.Finding[];
	    unfilled: string[];
	    blocked: boolean;
	    templateFindings: policy.Finding[];
	    unknownPlaceholders: string[];
	
	    static createFrom(source: any = {}) {
	        return new TemplatePreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orderId = source["orderId"];
	        this.externalOrderId = source["externalOrderId"];
	        this.text = source["text"];
	        this.findings = this.convertValues(source["findings"], policy.Finding);
	        this.unfilled = source["unfilled"];
	        this.blocked = source["blocked"];
	        this.templateFindings = this.convertValues(source["templateFindings"], policy.Finding);
	        this.unknownPlaceholders = source["unknownPlaceholders"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TemplateView {
	    stage: string;
	    language: string;
	    body: string;
	    fallbacks: Record<string, string>;
	    isDefault: boolean;
	    updatedAt: number;
	    stageLabel: string;
	    purpose: string;
	    findings: policy.Finding[];
	
	    static createFrom(source: any = {}) {
	        return new TemplateView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.language = source["language"];
	        this.body = source["body"];
	        this.fallbacks = source["fallbacks"];
	        this.isDefault = source["isDefault"];
	        this.updatedAt = source["updatedAt"];
	        this.stageLabel = source["stageLabel"];
	        this.purpose = source["purpose"];
	        this.findings = this.convertValues(source["findings"], policy.Finding);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketBulk {
	    ids: number[];
	    teammateId: number;
	    status?: string;
	    assigneeId?: number;
	    addTag: string;
	    removeTag: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketBulk(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ids = source["ids"];
	        this.teammateId = source["teammateId"];
	        this.status = source["status"];
	        this.assigneeId = source["assigneeId"];
	        this.addTag = source["addTag"];
	        this.removeTag = source["removeTag"];
	    }
	}
	export class TicketDetail {
	    id: number;
	    externalId: string;
	    orderId: number;
	    orderExternalId: string;
	    channel: string;
	    category: string;
	    subcategory: string;
	    status: string;
	    buyerText: string;
	    assigneeId: number;
	    openedAt: number;
	    firstResponseAt: number;
	    closedAt: number;
	    rootCause: string;
	    resolution: string;
	    flaggedMissingRootCause: boolean;
	    sku: string;
	    tags: string[];
	    flow: domain.TicketFlow;
	    createdAt: number;
	    updatedAt: number;
	    timers: support.ResponseTimers;
	    events: domain.TicketEvent[];
	    order?: store.OrderDetail;
	    proof: string[];
	    questions: support.Question[];
	    suggested: support.SuggestedResolution;
	    dispute?: DisputeView;
	
	    static createFrom(source: any = {}) {
	        return new TicketDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.externalId = source["externalId"];
	        this.orderId = source["orderId"];
	        this.orderExternalId = source["orderExternalId"];
	        this.channel = source["channel"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.status = source["status"];
	        this.buyerText = source["buyerText"];
	        this.assigneeId = source["assigneeId"];
	        this.openedAt = source["openedAt"];
	        this.firstResponseAt = source["firstResponseAt"];
	        this.closedAt = source["closedAt"];
	        this.rootCause = source["rootCause"];
	        this.resolution = source["resolution"];
	        this.flaggedMissingRootCause = source["flaggedMissingRootCause"];
	        this.sku = source["sku"];
	        this.tags = source["tags"];
	        this.flow = this.convertValues(source["flow"], domain.TicketFlow);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.timers = this.convertValues(source["timers"], support.ResponseTimers);
	        this.events = this.convertValues(source["events"], domain.TicketEvent);
	        this.order = this.convertValues(source["order"], store.OrderDetail);
	        this.proof = source["proof"];
	        this.questions = this.convertValues(source["questions"], support.Question);
	        this.suggested = this.convertValues(source["suggested"], support.SuggestedResolution);
	        this.dispute = this.convertValues(source["dispute"], DisputeView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketExportResult {
	    path: string;
	    tickets: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.tickets = source["tickets"];
	    }
	}
	export class TicketFilter {
	    statuses: string[];
	    category: string;
	    subcategory: string;
	    channel: string;
	    assigneeId: number;
	    breached: boolean;
	    use24h: boolean;
	    flaggedOnly: boolean;
	    sku: string;
	    tag: string;
	    breachingSoon: boolean;
	    search: string;
	    limit: number;
	    offset: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.statuses = source["statuses"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.channel = source["channel"];
	        this.assigneeId = source["assigneeId"];
	        this.breached = source["breached"];
	        this.use24h = source["use24h"];
	        this.flaggedOnly = source["flaggedOnly"];
	        this.sku = source["sku"];
	        this.tag = source["tag"];
	        this.breachingSoon = source["breachingSoon"];
	        this.search = source["search"];
	        this.limit = source["limit"];
	        this.offset = source["offset"];
	    }
	}
	
	export class TicketUpdate {
	    id: number;
	    teammateId: number;
	    status?: string;
	    category?: string;
	    subcategory?: string;
	    assigneeId?: number;
	    orderId?: number;
	    rootCause?: string;
	    resolution?: string;
	    sku?: string;
	    flow?: domain.TicketFlow;
	    tags?: string[];
	
	    static createFrom(source: any = {}) {
	        return new TicketUpdate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.teammateId = source["teammateId"];
	        this.status = source["status"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.assigneeId = source["assigneeId"];
	        this.orderId = source["orderId"];
	        this.rootCause = source["rootCause"];
	        this.resolution = source["resolution"];
	        this.sku = source["sku"];
	        this.flow = this.convertValues(source["flow"], domain.TicketFlow);
	        this.tags = source["tags"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class VocCardRef {
	    id: number;
	    name: string;
	    deleted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new VocCardRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.deleted = source["deleted"];
	    }
	}
	export class VocDetail {
	    entry: domain.VocEntry;
	    ownerName: string;
	    fixCard?: VocCardRef;
	    series: voc.Series;
	    linked: voc.Linked;
	    impact?: voc.Impact;
	
	    static createFrom(source: any = {}) {
	        return new VocDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entry = this.convertValues(source["entry"], domain.VocEntry);
	        this.ownerName = source["ownerName"];
	        this.fixCard = this.convertValues(source["fixCard"], VocCardRef);
	        this.series = this.convertValues(source["series"], voc.Series);
	        this.linked = this.convertValues(source["linked"], voc.Linked);
	        this.impact = this.convertValues(source["impact"], voc.Impact);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class VocExportResult {
	    path: string;
	    entries: number;
	
	    static createFrom(source: any = {}) {
	        return new VocExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.entries = source["entries"];
	    }
	}
	export class VocFilter {
	    statuses: string[];
	    category: string;
	    owner: string;
	    ownerTeammateId: number;
	    sku: string;
	    search: string;
	    sort: string;
	
	    static createFrom(source: any = {}) {
	        return new VocFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.statuses = source["statuses"];
	        this.category = source["category"];
	        this.owner = source["owner"];
	        this.ownerTeammateId = source["ownerTeammateId"];
	        this.sku = source["sku"];
	        this.search = source["search"];
	        this.sort = source["sort"];
	    }
	}
	export class VocRow {
	    id: number;
	    title: string;
	    category: string;
	    subcategory: string;
	    rootCause: string;
	    rootCauseDetail: string;
	    skus: string[];
	    fix: string;
	    fixKind: string;
	    fixCardId: number;
	    fixReference: string;
	    owner: string;
	    ownerTeammateId: number;
	    fixShippedOn: string;
	    status: string;
	    notes: string;
	    createdAt: number;
	    updatedAt: number;
	    deletedAt: number;
	    frequencyPerWeek: number;
	    lastFourWeeks: number;
	    ownerName: string;
	
	    static createFrom(source: any = {}) {
	        return new VocRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.rootCause = source["rootCause"];
	        this.rootCauseDetail = source["rootCauseDetail"];
	        this.skus = source["skus"];
	        this.fix = source["fix"];
	        this.fixKind = source["fixKind"];
	        this.fixCardId = source["fixCardId"];
	        this.fixReference = source["fixReference"];
	        this.owner = source["owner"];
	        this.ownerTeammateId = source["ownerTeammateId"];
	        this.fixShippedOn = source["fixShippedOn"];
	        this.status = source["status"];
	        this.notes = source["notes"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	        this.frequencyPerWeek = source["frequencyPerWeek"];
	        this.lastFourWeeks = source["lastFourWeeks"];
	        this.ownerName = source["ownerName"];
	    }
	}
	export class VocList {
	    asOf: number;
	    rows: VocRow[];
	
	    static createFrom(source: any = {}) {
	        return new VocList(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.asOf = source["asOf"];
	        this.rows = this.convertValues(source["rows"], VocRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class VocOptions {
	    statuses: domain.Option[];
	    fixKinds: domain.Option[];
	    owners: domain.Option[];
	    categories: domain.Category[];
	    rootCauses: domain.Option[];
	    verdicts: domain.Option[];
	    defaultImpactWeeks: number;
	    maxImpactWeeks: number;
	
	    static createFrom(source: any = {}) {
	        return new VocOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.statuses = this.convertValues(source["statuses"], domain.Option);
	        this.fixKinds = this.convertValues(source["fixKinds"], domain.Option);
	        this.owners = this.convertValues(source["owners"], domain.Option);
	        this.categories = this.convertValues(source["categories"], domain.Category);
	        this.rootCauses = this.convertValues(source["rootCauses"], domain.Option);
	        this.verdicts = this.convertValues(source["verdicts"], domain.Option);
	        this.defaultImpactWeeks = source["defaultImpactWeeks"];
	        this.maxImpactWeeks = source["maxImpactWeeks"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class VocVerdict {
	    id: number;
	    verdict: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new VocVerdict(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.verdict = source["verdict"];
	        this.message = source["message"];
	    }
	}

}

export namespace store {
	
	export class Backup {
	    path: string;
	    name: string;
	    at: number;
	    reason: string;
	    size: number;
	
	    static createFrom(source: any = {}) {
	        return new Backup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.at = source["at"];
	        this.reason = source["reason"];
	        this.size = source["size"];
	    }
	}
	export class CommentCluster {
	    subcategory: string;
	    sku: string;
	    count: number;
	    videos: number;
	    examples: string[];
	    firstAt: number;
	    lastAt: number;
	
	    static createFrom(source: any = {}) {
	        return new CommentCluster(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.subcategory = source["subcategory"];
	        this.sku = source["sku"];
	        this.count = source["count"];
	        this.videos = source["videos"];
	        this.examples = source["examples"];
	        this.firstAt = source["firstAt"];
	        this.lastAt = source["lastAt"];
	    }
	}
	export class DataSources {
	    orders: boolean;
	    returns: boolean;
	    tickets: boolean;
	    reviews: boolean;
	    comments: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DataSources(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orders = source["orders"];
	        this.returns = source["returns"];
	        this.tickets = source["tickets"];
	        this.reviews = source["reviews"];
	        this.comments = source["comments"];
	    }
	}
	export class DrillBuyer {
	    customerId: number;
	    buyer: string;
	    firstOrderId: number;
	    firstOrderExternalId: string;
	    firstAt: number;
	    nextAt: number;
	
	    static createFrom(source: any = {}) {
	        return new DrillBuyer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.buyer = source["buyer"];
	        this.firstOrderId = source["firstOrderId"];
	        this.firstOrderExternalId = source["firstOrderExternalId"];
	        this.firstAt = source["firstAt"];
	        this.nextAt = source["nextAt"];
	    }
	}
	export class DrillLine {
	    orderId: number;
	    orderExternalId: string;
	    createdAt: number;
	    status: string;
	    sku: string;
	    productName: string;
	    quantity: number;
	    subtotalAfter: number;
	    currency: string;
	    refunded: boolean;
	    returnQuantity: number;
	    returnStatus: string;
	    returnReason: string;
	
	    static createFrom(source: any = {}) {
	        return new DrillLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orderId = source["orderId"];
	        this.orderExternalId = source["orderExternalId"];
	        this.createdAt = source["createdAt"];
	        this.status = source["status"];
	        this.sku = source["sku"];
	        this.productName = source["productName"];
	        this.quantity = source["quantity"];
	        this.subtotalAfter = source["subtotalAfter"];
	        this.currency = source["currency"];
	        this.refunded = source["refunded"];
	        this.returnQuantity = source["returnQuantity"];
	        this.returnStatus = source["returnStatus"];
	        this.returnReason = source["returnReason"];
	    }
	}
	export class DrillTicket {
	    id: number;
	    externalId: string;
	    orderId: number;
	    orderExternalId: string;
	    channel: string;
	    category: string;
	    subcategory: string;
	    status: string;
	    buyerText: string;
	    assigneeId: number;
	    openedAt: number;
	    firstResponseAt: number;
	    closedAt: number;
	    rootCause: string;
	    resolution: string;
	    flaggedMissingRootCause: boolean;
	    sku: string;
	    tags: string[];
	    flow: domain.TicketFlow;
	    createdAt: number;
	    updatedAt: number;
	
	    static createFrom(source: any = {}) {
	        return new DrillTicket(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.externalId = source["externalId"];
	        this.orderId = source["orderId"];
	        this.orderExternalId = source["orderExternalId"];
	        this.channel = source["channel"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.status = source["status"];
	        this.buyerText = source["buyerText"];
	        this.assigneeId = source["assigneeId"];
	        this.openedAt = source["openedAt"];
	        this.firstResponseAt = source["firstResponseAt"];
	        this.closedAt = source["closedAt"];
	        this.rootCause = source["rootCause"];
	        this.resolution = source["resolution"];
	        this.flaggedMissingRootCause = source["flaggedMissingRootCause"];
	        this.sku = source["sku"];
	        this.tags = source["tags"];
	        this.flow = this.convertValues(source["flow"], domain.TicketFlow);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Erasure {
	    buyerKey: string;
	    by: string;
	    at: number;
	    orders: number;
	    tickets: number;
	    reviews: number;
	    comments: number;
	    backups: number;
	
	    static createFrom(source: any = {}) {
	        return new Erasure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.buyerKey = source["buyerKey"];
	        this.by = source["by"];
	        this.at = source["at"];
	        this.orders = source["orders"];
	        this.tickets = source["tickets"];
	        this.reviews = source["reviews"];
	        this.comments = source["comments"];
	        this.backups = source["backups"];
	    }
	}
	export class OrderDetail {
	    order: domain.Order;
	    lines: domain.OrderLine[];
	    returns: domain.ReturnLine[];
	
	    static createFrom(source: any = {}) {
	        return new OrderDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.order = this.convertValues(source["order"], domain.Order);
	        this.lines = this.convertValues(source["lines"], domain.OrderLine);
	        this.returns = this.convertValues(source["returns"], domain.ReturnLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OrderRow {
	    id: number;
	    platform: string;
	    externalId: string;
	    buyerUsername: string;
	    status: string;
	    statusRaw: string;
	    createdAt: number;
	    itemsSummary: string;
	    itemCount: number;
	    currency: string;
	    orderAmount: number;
	    refundAmount: number;
	    returnCount: number;
	
	    static createFrom(source: any = {}) {
	        return new OrderRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.platform = source["platform"];
	        this.externalId = source["externalId"];
	        this.buyerUsername = source["buyerUsername"];
	        this.status = source["status"];
	        this.statusRaw = source["statusRaw"];
	        this.createdAt = source["createdAt"];
	        this.itemsSummary = source["itemsSummary"];
	        this.itemCount = source["itemCount"];
	        this.currency = source["currency"];
	        this.orderAmount = source["orderAmount"];
	        this.refundAmount = source["refundAmount"];
	        this.returnCount = source["returnCount"];
	    }
	}
	export class OrderPage {
	    total: number;
	    offset: number;
	    rows: OrderRow[];
	
	    static createFrom(source: any = {}) {
	        return new OrderPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.offset = source["offset"];
	        this.rows = this.convertValues(source["rows"], OrderRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ProductRow {
	    key: string;
	    skuId: string;
	    sellerSku: string;
	    name: string;
	    variation: string;
	    category: string;
	    orderCount: number;
	    hasContent: boolean;
	    content: domain.ProductContent;
	
	    static createFrom(source: any = {}) {
	        return new ProductRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.skuId = source["skuId"];
	        this.sellerSku = source["sellerSku"];
	        this.name = source["name"];
	        this.variation = source["variation"];
	        this.category = source["category"];
	        this.orderCount = source["orderCount"];
	        this.hasContent = source["hasContent"];
	        this.content = this.convertValues(source["content"], domain.ProductContent);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Stats {
	    orders: number;
	    order_lines: number;
	    customers: number;
	    products: number;
	    returns: number;
	    import_batches: number;
	
	    static createFrom(source: any = {}) {
	        return new Stats(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.orders = source["orders"];
	        this.order_lines = source["order_lines"];
	        this.customers = source["customers"];
	        this.products = source["products"];
	        this.returns = source["returns"];
	        this.import_batches = source["import_batches"];
	    }
	}
	export class Restored {
	    from: Backup;
	    safetyCopy: Backup;
	    stats: Stats;
	
	    static createFrom(source: any = {}) {
	        return new Restored(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = this.convertValues(source["from"], Backup);
	        this.safetyCopy = this.convertValues(source["safetyCopy"], Backup);
	        this.stats = this.convertValues(source["stats"], Stats);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TagCount {
	    tag: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new TagCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tag = source["tag"];
	        this.count = source["count"];
	    }
	}
	export class VocPatch {
	    title?: string;
	    category?: string;
	    subcategory?: string;
	    rootCause?: string;
	    rootCauseDetail?: string;
	    skus?: string[];
	    fix?: string;
	    fixKind?: string;
	    fixCardId?: number;
	    fixReference?: string;
	    owner?: string;
	    ownerTeammateId?: number;
	    fixShippedOn?: string;
	    status?: string;
	    notes?: string;
	
	    static createFrom(source: any = {}) {
	        return new VocPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.rootCause = source["rootCause"];
	        this.rootCauseDetail = source["rootCauseDetail"];
	        this.skus = source["skus"];
	        this.fix = source["fix"];
	        this.fixKind = source["fixKind"];
	        this.fixCardId = source["fixCardId"];
	        this.fixReference = source["fixReference"];
	        this.owner = source["owner"];
	        this.ownerTeammateId = source["ownerTeammateId"];
	        this.fixShippedOn = source["fixShippedOn"];
	        this.status = source["status"];
	        this.notes = source["notes"];
	    }
	}

}

export namespace support {
	
	export class Answer {
	    key: string;
	    label: string;
	    resolution: string;
	
	    static createFrom(source: any = {}) {
	        return new Answer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.resolution = source["resolution"];
	    }
	}
	export class Countdown {
	    // Go type: time
	    deadline: any;
	    left: number;
	    overdue: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Countdown(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.deadline = this.convertValues(source["deadline"], null);
	        this.left = source["left"];
	        this.overdue = source["overdue"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Question {
	    key: string;
	    text: string;
	    answers: Answer[];
	
	    static createFrom(source: any = {}) {
	        return new Question(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.text = source["text"];
	        this.answers = this.convertValues(source["answers"], Answer);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ResponseTimers {
	    answered: boolean;
	    waited: number;
	    left12h: number;
	    left24h: number;
	    breached12h: boolean;
	    breached24h: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ResponseTimers(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.answered = source["answered"];
	        this.waited = source["waited"];
	        this.left12h = source["left12h"];
	        this.left24h = source["left24h"];
	        this.breached12h = source["breached12h"];
	        this.breached24h = source["breached24h"];
	    }
	}
	export class SuggestedResolution {
	    resolution: string;
	    pointedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new SuggestedResolution(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.resolution = source["resolution"];
	        this.pointedAt = source["pointedAt"];
	    }
	}
	export class Suggestion {
	    category: string;
	    subcategory: string;
	    confidence: number;
	
	    static createFrom(source: any = {}) {
	        return new Suggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.confidence = source["confidence"];
	    }
	}

}

export namespace timeline {
	
	export class Placeholder {
	    key: string;
	    label: string;
	    example: string;
	    fromPlatform: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Placeholder(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.example = source["example"];
	        this.fromPlatform = source["fromPlatform"];
	    }
	}

}

export namespace voc {
	
	export class Example {
	    source: string;
	    id: number;
	    text: string;
	    at: number;
	
	    static createFrom(source: any = {}) {
	        return new Example(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.id = source["id"];
	        this.text = source["text"];
	        this.at = source["at"];
	    }
	}
	export class Test {
	    z?: number;
	    pValue?: number;
	    verdict: string;
	    reason: string;
	    minPerWindow: number;
	    moreNeeded: number;
	
	    static createFrom(source: any = {}) {
	        return new Test(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.z = source["z"];
	        this.pValue = source["pValue"];
	        this.verdict = source["verdict"];
	        this.reason = source["reason"];
	        this.minPerWindow = source["minPerWindow"];
	        this.moreNeeded = source["moreNeeded"];
	    }
	}
	export class Window {
	    from: string;
	    to: string;
	    start: number;
	    end: number;
	    orders: number;
	    refundedLines: number;
	    eligibleLines: number;
	    refundRate?: number;
	    tickets: number;
	    ticketsPer100Orders?: number;
	
	    static createFrom(source: any = {}) {
	        return new Window(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.orders = source["orders"];
	        this.refundedLines = source["refundedLines"];
	        this.eligibleLines = source["eligibleLines"];
	        this.refundRate = source["refundRate"];
	        this.tickets = source["tickets"];
	        this.ticketsPer100Orders = source["ticketsPer100Orders"];
	    }
	}
	export class Impact {
	    entryId: number;
	    shippedOn: string;
	    weeks: number;
	    before: Window;
	    after: Window;
	    pValue?: number;
	    verdict: string;
	    reason: string;
	    message: string;
	    refunds: Test;
	    tickets: Test;
	    moreOrdersNeeded: number;
	    suggestedWeeks: number;
	    readyOn: string;
	
	    static createFrom(source: any = {}) {
	        return new Impact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entryId = source["entryId"];
	        this.shippedOn = source["shippedOn"];
	        this.weeks = source["weeks"];
	        this.before = this.convertValues(source["before"], Window);
	        this.after = this.convertValues(source["after"], Window);
	        this.pValue = source["pValue"];
	        this.verdict = source["verdict"];
	        this.reason = source["reason"];
	        this.message = source["message"];
	        this.refunds = this.convertValues(source["refunds"], Test);
	        this.tickets = this.convertValues(source["tickets"], Test);
	        this.moreOrdersNeeded = source["moreOrdersNeeded"];
	        this.suggestedWeeks = source["suggestedWeeks"];
	        this.readyOn = source["readyOn"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LinkedReview {
	    id: number;
	    sku: string;
	    rating: number;
	    body: string;
	    postedAt: number;
	    orderExternalId: string;
	
	    static createFrom(source: any = {}) {
	        return new LinkedReview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.sku = source["sku"];
	        this.rating = source["rating"];
	        this.body = source["body"];
	        this.postedAt = source["postedAt"];
	        this.orderExternalId = source["orderExternalId"];
	    }
	}
	export class LinkedReturn {
	    id: number;
	    externalId: string;
	    orderExternalId: string;
	    sku: string;
	    reason: string;
	    buyerNote: string;
	    at: number;
	    matchedSubcategory: string;
	    matchedRootCause: string;
	
	    static createFrom(source: any = {}) {
	        return new LinkedReturn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.externalId = source["externalId"];
	        this.orderExternalId = source["orderExternalId"];
	        this.sku = source["sku"];
	        this.reason = source["reason"];
	        this.buyerNote = source["buyerNote"];
	        this.at = source["at"];
	        this.matchedSubcategory = source["matchedSubcategory"];
	        this.matchedRootCause = source["matchedRootCause"];
	    }
	}
	export class LinkedTicket {
	    id: number;
	    openedAt: number;
	    subcategory: string;
	    rootCause: string;
	    status: string;
	    buyerText: string;
	    orderExternalId: string;
	    sku: string;
	
	    static createFrom(source: any = {}) {
	        return new LinkedTicket(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.openedAt = source["openedAt"];
	        this.subcategory = source["subcategory"];
	        this.rootCause = source["rootCause"];
	        this.status = source["status"];
	        this.buyerText = source["buyerText"];
	        this.orderExternalId = source["orderExternalId"];
	        this.sku = source["sku"];
	    }
	}
	export class Linked {
	    tickets: LinkedTicket[];
	    returns: LinkedReturn[];
	    reviews: LinkedReview[];
	    ticketsTotal: number;
	    returnsTotal: number;
	    reviewsTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new Linked(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tickets = this.convertValues(source["tickets"], LinkedTicket);
	        this.returns = this.convertValues(source["returns"], LinkedReturn);
	        this.reviews = this.convertValues(source["reviews"], LinkedReview);
	        this.ticketsTotal = source["ticketsTotal"];
	        this.returnsTotal = source["returnsTotal"];
	        this.reviewsTotal = source["reviewsTotal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Week {
	    start: string;
	    label: string;
	    tickets: number;
	    returns: number;
	    reviews: number;
	    total: number;
	    complete: boolean;
	    fixShipped: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Week(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = source["start"];
	        this.label = source["label"];
	        this.tickets = source["tickets"];
	        this.returns = source["returns"];
	        this.reviews = source["reviews"];
	        this.total = source["total"];
	        this.complete = source["complete"];
	        this.fixShipped = source["fixShipped"];
	    }
	}
	export class Series {
	    asOf: number;
	    weeks: Week[];
	    frequencyPerWeek: number;
	    lastFourWeeks: number;
	
	    static createFrom(source: any = {}) {
	        return new Series(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.asOf = source["asOf"];
	        this.weeks = this.convertValues(source["weeks"], Week);
	        this.frequencyPerWeek = source["frequencyPerWeek"];
	        this.lastFourWeeks = source["lastFourWeeks"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Suggestion {
	    key: string;
	    kind: string;
	    skus: string[];
	    productName: string;
	    category: string;
	    subcategory: string;
	    rootCause: string;
	    returnReason: string;
	    count: number;
	    tickets: number;
	    returns: number;
	    comments: number;
	    examples: Example[];
	    resurfaced: boolean;
	    prefill: domain.VocEntry;
	
	    static createFrom(source: any = {}) {
	        return new Suggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.skus = source["skus"];
	        this.productName = source["productName"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.rootCause = source["rootCause"];
	        this.returnReason = source["returnReason"];
	        this.count = source["count"];
	        this.tickets = source["tickets"];
	        this.returns = source["returns"];
	        this.comments = source["comments"];
	        this.examples = this.convertValues(source["examples"], Example);
	        this.resurfaced = source["resurfaced"];
	        this.prefill = this.convertValues(source["prefill"], domain.VocEntry);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Suggestions {
	    asOf: number;
	    from: string;
	    to: string;
	    minCount: number;
	    dismissed: number;
	    items: Suggestion[];
	
	    static createFrom(source: any = {}) {
	        return new Suggestions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.asOf = source["asOf"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.minCount = source["minCount"];
	        this.dismissed = source["dismissed"];
	        this.items = this.convertValues(source["items"], Suggestion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	

}

